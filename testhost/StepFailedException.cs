namespace Ibkr.TestHost;

/// <summary>A step did not match or did not complete; the reason is reported as is.</summary>
internal sealed class StepFailedException(string reason) : Exception(reason);
