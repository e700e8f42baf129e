using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Requests;

namespace Ibkr.Client.Apis;

/// <summary>Contract look-ups and reference data about contracts and exchanges.</summary>
public sealed class ContractsApi
{
    private readonly OneShotRunner _oneShots;

    internal ContractsApi(OneShotRunner oneShots) => _oneShots = oneShots;

    /// <summary>Every contract matching <paramref name="contract"/> (REQ_CONTRACT_DATA until CONTRACT_DATA_END).</summary>
    public Task<IReadOnlyList<ContractDetails>> DetailsAsync(Contract contract, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<ContractDetails>(new ContractDetailsQuery { Contract = contract }, cancellationToken);

    /// <summary>The one contract <paramref name="contract"/> names, fully specified (con id, exchange…); throws when none or several match.</summary>
    public async Task<Contract> QualifyAsync(Contract contract, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var details = await DetailsAsync(contract, cancellationToken).ConfigureAwait(false);
        return details.Count switch
        {
            1 => details[0].Contract,
            0 => throw new IbkrException($"no contract matches {contract.Symbol} {contract.SecType} {contract.Exchange} {contract.Currency}"),
            _ => throw new IbkrException($"{details.Count} contracts match {contract.Symbol} {contract.SecType}; say more (exchange, expiry, strike, right)"),
        };
    }

    /// <summary>Contracts whose symbol or name starts like <paramref name="pattern"/>.</summary>
    public Task<IReadOnlyList<ContractDescription>> MatchingSymbolsAsync(string pattern, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<ContractDescription>(new MatchingSymbolsQuery { Pattern = pattern }, cancellationToken);

    /// <summary>A market rule's price increments.</summary>
    public Task<MarketRule> MarketRuleAsync(int marketRuleId, CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<MarketRule>(new MarketRuleQuery { MarketRuleId = marketRuleId }, cancellationToken);

    /// <summary>Option expirations and strikes per exchange for an underlying.</summary>
    public Task<IReadOnlyList<OptionChain>> OptionChainsAsync(OptionChainQuery query, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<OptionChain>(query, cancellationToken);

    /// <summary>The exchanges behind a BBO exchange code.</summary>
    public Task<IReadOnlyList<SmartComponent>> SmartComponentsAsync(string bboExchange, CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<SmartComponent>(new SmartComponentsQuery { BboExchange = bboExchange }, cancellationToken);

    /// <summary>A fundamentals report (ReportSnapshot, ReportsFinSummary, ReportRatios, ReportsFinStatements, RESC), as the Gateway's XML.</summary>
    public Task<string> FundamentalDataAsync(Contract contract, string reportType = "ReportSnapshot", CancellationToken cancellationToken = default) =>
        _oneShots.ValueAsync<string>(new FundamentalDataQuery { Contract = contract, ReportType = reportType }, cancellationToken);

    /// <summary>The exchanges that offer market depth, with their depth service type.</summary>
    public Task<IReadOnlyList<DepthExchange>> DepthExchangesAsync(CancellationToken cancellationToken = default) =>
        _oneShots.RowsAsync<DepthExchange>(new DepthExchangesQuery(), cancellationToken);
}
