namespace Ibkr.Cli;

/// <summary>Exit codes of every verb (docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>The work succeeded.</summary>
    public const int Ok = 0;

    /// <summary>The work found problems (a bad payload, a lint error, a failed replay).</summary>
    public const int Problems = 1;

    /// <summary>Bad usage.</summary>
    public const int Usage = 2;
}
