using System.Globalization;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Simulator.Hosting;
using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Accounts;

/// <summary>
/// Account-side requests (account updates, account summary, positions, PnL, PnL single) and their pushes: after
/// every fill the affected account's values, portfolio line and position go to the subscribers; PnL goes out
/// once per virtual second.
/// </summary>
internal sealed class AccountService(SimulatorCore core)
{
    public void RequestAccountUpdates(ClientSession session, ReqAccountUpdates request)
    {
        if (!request.Subscribe)
        {
            session.Subscriptions.AccountUpdates = null;
            return;
        }

        var account = request.AcctCode.Length == 0 ? core.Ledger.Default : core.Ledger.Find(request.AcctCode);
        if (account is null)
        {
            session.Send(core.Error(GatewayErrors.NoRequestId, GatewayErrors.ValidationError, $"Error validating request.-'bh' : cause - Invalid account code {request.AcctCode}"));
            return;
        }

        session.Subscriptions.AccountUpdates = account.Id;
        session.Send(new AccountValue { Key = "AccountCode", Value = account.Id, AccountName = account.Id });
        session.Send(new AccountValue { Key = "AccountType", Value = "INDIVIDUAL", AccountName = account.Id });
        SendValues(session, account);
        foreach (var position in account.Positions.Values.Where(p => p.Quantity != 0m))
        {
            session.Send(Portfolio(account, position));
        }

        session.Send(UpdateTime());
        session.Send(new AccountDownloadEnd { Account = account.Id });
    }

    public void RequestAccountSummary(ClientSession session, ReqAccountSummary request)
    {
        if (session.Subscriptions.AccountSummaries.ContainsKey(request.ReqId))
        {
            session.Send(core.Error(request.ReqId, GatewayErrors.ProcessingError, "Error processing request.-'bL' : cause - Duplicate ticker id"));
            return;
        }

        IReadOnlyList<string> tags = [.. request.Tags.Where(t => t == "AccountType" || AccountValues.Tags.Contains(t))];
        session.Subscriptions.AccountSummaries[request.ReqId] = tags;
        foreach (var account in core.Ledger.All)
        {
            SendSummary(session, request.ReqId, tags, account);
        }

        session.Send(new AccountSummaryEnd { ReqId = request.ReqId });
    }

    public void RequestPositions(ClientSession session)
    {
        session.Subscriptions.Positions = true;
        foreach (var account in core.Ledger.All)
        {
            foreach (var position in account.Positions.Values)
            {
                session.Send(PositionMessage(account, position));
            }
        }

        session.Send(new PositionEnd());
    }

    public void RequestPnL(ClientSession session, ReqPnL request)
    {
        var account = core.Ledger.Find(request.Account);
        if (account is null)
        {
            session.Send(core.Error(request.ReqId, GatewayErrors.ValidationError, $"Error validating request.-'cw' : cause - Invalid account code {request.Account}"));
            return;
        }

        session.Subscriptions.PnL[request.ReqId] = account.Id;
        session.Send(PnLMessage(request.ReqId, account));
    }

    public void RequestPnLSingle(ClientSession session, ReqPnLSingle request)
    {
        var account = core.Ledger.Find(request.Account);
        if (account is null || core.Instruments.Find(request.ConId) is null)
        {
            session.Send(core.Error(request.ReqId, GatewayErrors.ValidationError, $"Error validating request.-'cy' : cause - Invalid account or contract ({request.Account}, {request.ConId})"));
            return;
        }

        session.Subscriptions.PnLSingle[request.ReqId] = (account.Id, request.ConId);
        session.Send(PnLSingleMessage(request.ReqId, account, request.ConId));
    }

    /// <summary>After a fill in <paramref name="account"/>: values, portfolio line, position, summaries.</summary>
    public void OnFill(AccountState account, Instrument instrument)
    {
        var position = account.Position(instrument);
        foreach (var session in core.Sessions.Values)
        {
            var subscriptions = session.Subscriptions;
            if (subscriptions.AccountUpdates == account.Id)
            {
                SendValues(session, account);
                session.Send(Portfolio(account, position));
                session.Send(UpdateTime());
            }

            if (subscriptions.Positions)
            {
                session.Send(PositionMessage(account, position));
            }

            foreach (var (reqId, tags) in subscriptions.AccountSummaries)
            {
                SendSummary(session, reqId, tags, account);
                session.Send(new AccountSummaryEnd { ReqId = reqId });
            }
        }
    }

    /// <summary>PnL and PnL single go out once per virtual second, as a Gateway streams them.</summary>
    public void OnStep(bool newSecond)
    {
        if (!newSecond)
        {
            return;
        }

        foreach (var session in core.Sessions.Values)
        {
            foreach (var (reqId, id) in session.Subscriptions.PnL)
            {
                session.Send(PnLMessage(reqId, core.Ledger.Find(id)!));
            }

            foreach (var (reqId, (id, conId)) in session.Subscriptions.PnLSingle)
            {
                session.Send(PnLSingleMessage(reqId, core.Ledger.Find(id)!, conId));
            }
        }
    }

    private void SendValues(ClientSession session, AccountState account)
    {
        var values = AccountValues.Compute(account, core.Market);
        foreach (var tag in AccountValues.Tags)
        {
            session.Send(new AccountValue { Key = tag, Value = AccountValues.Money(values[tag]), Currency = "USD", AccountName = account.Id });
        }
    }

    private void SendSummary(ClientSession session, int reqId, IReadOnlyList<string> tags, AccountState account)
    {
        var values = AccountValues.Compute(account, core.Market);
        foreach (var tag in tags)
        {
            session.Send(tag == "AccountType"
                ? new AccountSummary { ReqId = reqId, Account = account.Id, Tag = tag, Value = "INDIVIDUAL" }
                : new AccountSummary { ReqId = reqId, Account = account.Id, Tag = tag, Value = AccountValues.Money(values[tag]), Currency = "USD" });
        }
    }

    private PortfolioValue Portfolio(AccountState account, PositionState position)
    {
        var mark = core.Market[position.Instrument].Last;
        var contract = position.Instrument.ServerContract();
        contract.Exchange = string.Empty;
        return new PortfolioValue
        {
            Contract = contract,
            Position = position.Quantity,
            MarketPrice = mark,
            MarketValue = Math.Round(position.MarketValue(mark), 2),
            AverageCost = Math.Round(position.AverageCost, 4),
            UnrealizedPnl = Math.Round(position.Unrealized(mark), 2),
            RealizedPnl = Math.Round(position.Realized, 2),
            AccountName = account.Id,
        };
    }

    private static Position PositionMessage(AccountState account, PositionState position)
    {
        var contract = position.Instrument.ServerContract();
        contract.Exchange = string.Empty;
        return new Position { Account = account.Id, Contract = contract, Pos = position.Quantity, AvgCost = Math.Round(position.AverageCost, 4) };
    }

    private PnL PnLMessage(int reqId, AccountState account)
    {
        var unrealized = account.Positions.Values.Sum(p => p.Unrealized(core.Market[p.Instrument].Last));
        return new PnL
        {
            ReqId = reqId,
            DailyPnL = Math.Round(unrealized + account.Realized, 2),
            UnrealizedPnL = Math.Round(unrealized, 2),
            RealizedPnL = Math.Round(account.Realized, 2),
        };
    }

    private PnLSingle PnLSingleMessage(int reqId, AccountState account, int conId)
    {
        if (!account.Positions.TryGetValue(conId, out var position))
        {
            return new PnLSingle { ReqId = reqId, Pos = 0m, DailyPnL = 0m, UnrealizedPnL = 0m, RealizedPnL = 0m, Value = 0m };
        }

        var mark = core.Market[position.Instrument].Last;
        var unrealized = position.Unrealized(mark);
        return new PnLSingle
        {
            ReqId = reqId,
            Pos = position.Quantity,
            DailyPnL = Math.Round(unrealized + position.Realized, 2),
            UnrealizedPnL = Math.Round(unrealized, 2),
            RealizedPnL = Math.Round(position.Realized, 2),
            Value = Math.Round(position.MarketValue(mark), 2),
        };
    }

    private AccountUpdateTime UpdateTime() =>
        new() { Timestamp = core.Clock.Local(core.Now).ToString("HH:mm", CultureInfo.InvariantCulture) };
}
