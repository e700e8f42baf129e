using System.Globalization;
using Ibkr.Client;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Demo;

/// <summary>
/// The tour, through the public facade only: connect, qualify, stream quotes, buy to a fill (execution and
/// commission), positions, account values, a resting order, a forced reconnect that both the quote stream and
/// the order survive, and a cancel. Every step has a bound; the first failure ends the tour.
/// </summary>
internal sealed class DemoScript(IbkrClient ibkr, DemoLog log, Func<Task> forceReconnect, string runId)
{
    public const int StepCount = 9;

    private const decimal Quantity = 100m;

    private Contract _aapl = new();
    private IbkrSubscription? _quotes;
    private decimal _bid;
    private decimal _ask;
    private string _account = string.Empty;
    private OrderHandle? _resting;

    public async Task<bool> RunAsync(TimeSpan stepTimeout, CancellationToken cancellationToken)
    {
        (string Title, Func<CancellationToken, Task<string>> Run)[] steps =
        [
            ("connect", ConnectAsync),
            ("qualify AAPL", QualifyAsync),
            ("stream quotes", QuotesAsync),
            ("buy to a fill", BuyAsync),
            ("positions", PositionsAsync),
            ("account values", AccountAsync),
            ("resting order", RestingOrderAsync),
            ("forced reconnect", ReconnectAsync),
            ("cancel", CancelAsync),
        ];
        try
        {
            foreach (var (title, run) in steps)
            {
                using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                bound.CancelAfter(stepTimeout);
                try
                {
                    log.Step(title, await run(bound.Token).ConfigureAwait(false));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    log.Failed(title, e is OperationCanceledException && !cancellationToken.IsCancellationRequested
                        ? $"not done within {GoDuration.Format(stepTimeout)}"
                        : e.Message);
                    return false;
                }
            }

            return true;
        }
        finally
        {
            if (_quotes is not null)
            {
                await _quotes.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<string> ConnectAsync(CancellationToken ct)
    {
        SessionInfo info;
        try
        {
            info = await ibkr.ConnectAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Say why the session is not ready rather than only that time ran out.
            var state = await ibkr.GetSessionAsync().ConfigureAwait(false);
            throw new IbkrException(state.Describe());
        }

        _account = info.ManagedAccounts.Count > 0 ? info.ManagedAccounts[0] : throw new IbkrException("the Gateway reported no managed account");
        return $"session '{info.Name}' Ready on connection {info.ConnectionSeq} (server version {info.ServerVersion}), account {_account}, next order id {info.NextValidId}";
    }

    private async Task<string> QualifyAsync(CancellationToken ct)
    {
        _aapl = await ibkr.Contracts.QualifyAsync(new Contract { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" }, ct).ConfigureAwait(false);
        return $"con id {_aapl.ConId}, primary exchange {_aapl.PrimaryExchange}, trading class {_aapl.TradingClass}";
    }

    private async Task<string> QuotesAsync(CancellationToken ct)
    {
        _quotes = await ibkr.MarketData.QuotesAsync(_aapl, ct).ConfigureAwait(false);
        var ticks = 0;
        await foreach (var e in _quotes.Events(ct).ConfigureAwait(false))
        {
            ticks++;
            if (e is PriceTick { Price: { } price } tick)
            {
                if (tick.Field == 1)
                {
                    _bid = price;
                }
                else if (tick.Field == 2)
                {
                    _ask = price;
                }

                log.Note($"tick {Name(tick.Field)} {Money(price)}");
                if (_bid > 0 && _ask > 0)
                {
                    break;
                }
            }
        }

        return _bid > 0 && _ask > 0 ? $"bid {Money(_bid)}, ask {Money(_ask)} after {ticks} events (one shared Gateway subscription)" : throw new IbkrException("the quote stream closed before a bid and an ask");
    }

    private async Task<string> BuyAsync(CancellationToken ct)
    {
        var limit = _ask + 0.10m;
        var order = await ibkr.Orders.PlaceAsync($"demo-buy-{runId}", Limit("BUY", limit), ct).ConfigureAwait(false);
        log.Note($"placed BUY {Quantity:0} AAPL LMT {Money(limit)} as order ref {order.OrderRef}");
        await foreach (var e in order.Events(0, ct).ConfigureAwait(false))
        {
            log.Note(Describe(e));
        }

        var done = await order.GetAsync().ConfigureAwait(false);
        if (done.Status != OrderStatusKind.Filled)
        {
            throw new IbkrException($"the order ended {done.Status}, not Filled");
        }

        var commission = done.Commissions.Sum(c => c.CommissionAndFees ?? 0m);
        return $"order {done.OrderId} Filled {done.Filled:0} @ {Money(done.AvgFillPrice)} in {done.Executions.Count} execution(s), commission {Money(commission)} USD";
    }

    private async Task<string> PositionsAsync(CancellationToken ct)
    {
        await using var positions = await ibkr.Accounts.PositionsAsync(ct).ConfigureAwait(false);
        await foreach (var e in positions.Events(ct).ConfigureAwait(false))
        {
            if (e is PositionUpdate { Row: var row } && row.Contract.ConId == _aapl.ConId && row.Position >= Quantity)
            {
                return $"{row.Account} holds {row.Position:0} AAPL at average cost {Money(row.AverageCost)}";
            }
        }

        throw new IbkrException("the positions stream closed without the AAPL position");
    }

    private async Task<string> AccountAsync(CancellationToken ct)
    {
        string[] tags = ["NetLiquidation", "TotalCashValue", "BuyingPower"];
        await using var summary = await ibkr.Accounts.SummaryAsync(new AccountSummarySpec { Tags = tags }, ct).ConfigureAwait(false);
        var values = new Dictionary<string, string>();
        await foreach (var e in summary.Events(ct).ConfigureAwait(false))
        {
            if (e is AccountSummaryUpdate { Row: var row } && row.Account == _account)
            {
                values[row.Tag] = $"{row.Tag} {row.Value} {row.Currency}";
                if (tags.All(values.ContainsKey))
                {
                    return string.Join(", ", tags.Select(t => values[t]));
                }
            }
        }

        throw new IbkrException("the account summary closed before every value came");
    }

    private async Task<string> RestingOrderAsync(CancellationToken ct)
    {
        var limit = Math.Round(_bid - 5m, 2);
        _resting = await ibkr.Orders.PlaceAsync($"demo-rest-{runId}", Limit("BUY", limit), ct).ConfigureAwait(false);
        var working = await _resting.WaitForStatusAsync(OrderStatusKind.Submitted, ct).ConfigureAwait(false);
        return $"order {working.OrderId} BUY {Quantity:0} AAPL LMT {Money(limit)} is {working.Status}, below the market";
    }

    private async Task<string> ReconnectAsync(CancellationToken ct)
    {
        var quotes = _quotes!;
        var resting = _resting!;
        var before = (await ibkr.GetSessionAsync().ConfigureAwait(false)).ConnectionSeq;
        var quoteLifecycle = (await quotes.GetInfoAsync().ConfigureAwait(false)).Lifecycle?.Seq ?? 0;
        await forceReconnect().ConfigureAwait(false);
        log.Note($"connection {before} dropped");

        var gap = await quotes.WaitForAsync(LifecycleKind.Gap, quoteLifecycle, ct).ConfigureAwait(false);
        log.Note($"quotes: {gap}");
        var resumed = await quotes.WaitForAsync(LifecycleKind.Resumed, gap.Seq, ct).ConfigureAwait(false);
        log.Note($"quotes: {resumed}");
        await foreach (var change in resting.Lifecycle(0, ct).ConfigureAwait(false))
        {
            if (change.Kind is LifecycleKind.Gap or LifecycleKind.Resumed && change.ConnectionSeq >= before)
            {
                log.Note($"order: {change}");
            }

            if (change.Kind == LifecycleKind.Resumed && change.ConnectionSeq > before)
            {
                break;
            }
        }

        var reconciled = await resting.WaitUntilAsync(s => !s.AwaitingReconciliation && s.LastSeenConnectionSeq > before, ct).ConfigureAwait(false);
        log.Note($"order: reconciled from the Gateway's open orders on connection {reconciled.LastSeenConnectionSeq}, status {reconciled.Status}");
        await foreach (var e in quotes.Events(ct).ConfigureAwait(false))
        {
            if (e is PriceTick { Price: { } price } tick && tick.ConnectionSeq > before)
            {
                log.Note($"quotes: tick {Name(tick.Field)} {Money(price)} on connection {tick.ConnectionSeq}");
                break;
            }
        }

        var session = await ibkr.GetSessionAsync().ConfigureAwait(false);
        return reconciled.Status == OrderStatusKind.Submitted
            ? $"session Ready again on connection {session.ConnectionSeq}; quote stream resumed; order {reconciled.OrderId} still Submitted (reconciled, not re-sent)"
            : throw new IbkrException($"the resting order is {reconciled.Status} after the reconnect");
    }

    private async Task<string> CancelAsync(CancellationToken ct)
    {
        var resting = _resting!;
        await resting.CancelAsync().ConfigureAwait(false);
        var cancelled = await resting.WaitForStatusAsync(OrderStatusKind.Cancelled, ct).ConfigureAwait(false);
        return $"order {cancelled.OrderId} Cancelled";
    }

    private OrderRequest Limit(string action, decimal price) =>
        OrderRequest.Limit(_aapl, action, Quantity, price) with { Account = _account };

    private static string Describe(OrderEvent e) => e switch
    {
        OrderStatusChanged s => $"status {s.Status}: filled {s.Filled:0}, remaining {s.Remaining:0}" + (s.Filled > 0 ? $", average {Money(s.AvgFillPrice)}" : string.Empty),
        OrderExecuted x => $"execution {x.Execution.ExecId}: {x.Execution.Side} {x.Execution.Shares:0} @ {Money(x.Execution.Price)} on {x.Execution.Exchange}",
        OrderCommission c => $"commission {Money(c.Commission.CommissionAndFees ?? 0m)} {c.Commission.Currency} for {c.Commission.ExecId}",
        OrderOpened o => $"open order {o.Report.OrderId}: {o.Report.Action} {o.Report.TotalQuantity:0} {o.Report.OrderType} {Money(o.Report.LimitPrice ?? 0m)} ({o.Report.Status})",
        OrderErrorReported r => $"notice {r.Error.Code}: {r.Error.Message}",
        _ => e.GetType().Name,
    };

    private static string Name(int field) => field switch
    {
        1 => "bid",
        2 => "ask",
        4 => "last",
        6 => "high",
        7 => "low",
        9 => "close",
        14 => "open",
        _ => $"price[{field}]",
    };

    private static string Money(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);
}
