using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Simulator.Hosting;

namespace Ibkr.Simulator.Instruments;

/// <summary>Reference-data requests: contract details, matching symbols, option chain parameters, market rules.</summary>
internal sealed class ContractService(SimulatorCore core)
{
    public void RequestDetails(ClientSession session, ReqContractDetails request)
    {
        var matches = ContractMatcher.Matches(core.Instruments, request.Contract);
        if (matches.Count == 0)
        {
            session.Send(core.Error(request.ReqId, GatewayErrors.NoSecurityDefinition, "No security definition has been found for the request"));
            return;
        }

        foreach (var instrument in matches)
        {
            session.Send(new ContractData { ReqId = request.ReqId, Details = instrument.Details(core.Clock) });
        }

        session.Send(new ContractDataEnd { ReqId = request.ReqId });
    }

    /// <summary>Symbols starting with the pattern, or whose name contains it; stocks and futures, at most 16.</summary>
    public void RequestMatchingSymbols(ClientSession session, ReqMatchingSymbols request)
    {
        var pattern = request.Pattern.Trim();
        var found = core.Instruments.All
            .Where(i => i.SecType != "OPT" && pattern.Length > 0
                && (i.Symbol.StartsWith(pattern, StringComparison.OrdinalIgnoreCase) || i.LongName.Contains(pattern, StringComparison.OrdinalIgnoreCase)))
            .Take(16)
            .Select(i => new ContractDescription
            {
                ConId = i.ConId,
                Symbol = i.Symbol,
                SecType = i.SecType,
                PrimaryExchange = i.PrimaryExchange,
                Currency = i.Currency,
                DerivativeSecTypes = core.Instruments.All.Any(o => o.Underlying == i) ? ["OPT"] : [],
                Description = i.LongName,
            });
        session.Send(new SymbolSamples { ReqId = request.ReqId, ContractDescriptions = [.. found] });
    }

    /// <summary>The AAPL chain on SMART and CBOE; any other underlying has no options (just the end marker).</summary>
    public void RequestOptionParameters(ClientSession session, ReqSecDefOptParams request)
    {
        var underlying = core.Instruments.Find(request.UnderlyingConId);
        var hasChain = underlying is not null
            && string.Equals(underlying.Symbol, request.UnderlyingSymbol, StringComparison.OrdinalIgnoreCase)
            && core.Instruments.All.Any(o => o.Underlying == underlying);
        if (hasChain)
        {
            foreach (var exchange in new[] { "SMART", "CBOE" })
            {
                session.Send(new SecurityDefinitionOptionParameter
                {
                    ReqId = request.ReqId,
                    Exchange = exchange,
                    UnderlyingConId = underlying!.ConId,
                    TradingClass = underlying.Symbol,
                    Multiplier = "100",
                    Expirations = [.. core.Instruments.Expirations],
                    Strikes = [.. core.Instruments.OptionStrikes],
                });
            }
        }

        session.Send(new SecurityDefinitionOptionParameterEnd { ReqId = request.ReqId });
    }

    public void RequestMarketRule(ClientSession session, ReqMarketRule request)
    {
        var increments = InstrumentTable.MarketRule(request.MarketRuleId);
        session.Send(increments is null
            ? core.Error(GatewayErrors.NoRequestId, GatewayErrors.ValidationError, $"Error validating request.-'cs' : cause - Invalid market rule id {request.MarketRuleId}")
            : new MarketRule { MarketRuleId = request.MarketRuleId, PriceIncrements = increments });
    }
}
