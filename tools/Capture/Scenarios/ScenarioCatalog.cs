namespace Ibkr.Cli.Capture.Scenarios;

/// <summary>
/// Every capture scenario, from one file per concern. Facade (<c>api_</c>) scenarios join by adding their own
/// array to <see cref="Sources"/>; batches and gates read only the <see cref="Scenario"/> data.
/// </summary>
internal static class ScenarioCatalog
{
    private static readonly Scenario[][] Sources =
    [
        SessionScenarios.All,
        ContractScenarios.All,
        MarketDataScenarios.All,
        HistoryScenarios.All,
        AccountScenarios.All,
        OrderScenarios.All,
        ApiScenarios.All,
    ];

    public static IReadOnlyList<Scenario> All { get; } = [.. Sources.SelectMany(s => s).OrderBy(s => s.Name, StringComparer.Ordinal)];

    public static Scenario? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>
    /// The batches a scenario is in: <c>all</c>, <c>read-only</c> or <c>trading</c> by risk class, <c>wire</c>
    /// or <c>api</c> by driver, and its explicit tags.
    /// </summary>
    public static IEnumerable<string> Batches(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        yield return "all";
        yield return scenario.CanTrade ? "trading" : "read-only";
        yield return scenario.Driver == ScenarioDriver.Wire ? "wire" : "api";
        foreach (var tag in scenario.Tags)
        {
            yield return tag;
        }
    }

    public static IReadOnlyList<Scenario> Batch(string name) => [.. All.Where(s => Batches(s).Contains(name, StringComparer.Ordinal))];

    public static IReadOnlyList<string> BatchNames => [.. All.SelectMany(Batches).Distinct().Order(StringComparer.Ordinal)];
}
