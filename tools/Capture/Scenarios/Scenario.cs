namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>What a scenario may do to the account (capture-tooling.md §4.4, one vocabulary for catalog and gates).</summary>
internal enum RiskClass
{
    /// <summary>Reads only.</summary>
    ReadOnly,

    /// <summary>Reads that may be refused for a missing entitlement; the real error is the evidence.</summary>
    EntitlementProbe,

    /// <summary>Places orders meant to rest and be cancelled by the scenario itself; gated.</summary>
    PaperOrder,
}

/// <summary>How a scenario reaches the Gateway: by hand on the wire, or (later) through the client facade.</summary>
internal enum ScenarioDriver
{
    Wire,
    Api,
}

/// <summary>Runs one scenario against a gateway address; throws <see cref="ScenarioFailedException"/> when it did not get what it came for.</summary>
internal delegate Task ScenarioRun(ScenarioContext context);

/// <summary>
/// One catalog entry: data (name, domain, risk, batches, the server message ids that must appear in its
/// capture) plus how to run it. Wire scenarios build <see cref="Run"/> with <see cref="WireScenario"/>; facade
/// (<c>api_</c>) scenarios supply their own runner with <see cref="Driver"/> set to <see cref="ScenarioDriver.Api"/>.
/// </summary>
internal sealed record Scenario(string Name, string Domain, string Description, RiskClass Risk, IReadOnlyList<int> ExpectedReplies, ScenarioRun Run)
{
    public ScenarioDriver Driver { get; init; } = ScenarioDriver.Wire;

    public int DefaultClientId { get; init; } = 1;

    /// <summary>Connections the scenario opens; the batch recorder accepts this many legs.</summary>
    public int Legs { get; init; } = 1;

    /// <summary>Explicit batch tags; <c>all</c> and the risk batch are implied (<see cref="ScenarioCatalog.Batches"/>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool CanTrade => Risk == RiskClass.PaperOrder;
}

/// <summary>The scenario did not get its expected replies, or a safety gate refused it.</summary>
internal sealed class ScenarioFailedException : Exception
{
    public ScenarioFailedException()
    {
    }

    public ScenarioFailedException(string message)
        : base(message)
    {
    }

    public ScenarioFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
