using Ibkr.Client.Apis;
using Ibkr.Client.Handles;
using Ibkr.Contracts.Grains;
using Ibkr.Contracts.Sessions;

namespace Ibkr.Client;

/// <summary>
/// The facade trading backends use: typed one-shots, shared subscriptions and durable order handles on one
/// gateway session of the cluster. Grain keys never show; reconnects show as Gap then Resumed lifecycle events.
/// </summary>
/// <example>
/// <code>
/// var ibkr = new IbkrClient(clusterClient, new IbkrClientOptions { Session = "paper" });
/// await ibkr.ConnectAsync();
/// var aapl = await ibkr.Contracts.QualifyAsync(new Contract { Symbol = "AAPL", SecType = "STK", Exchange = "SMART", Currency = "USD" });
/// await using var quotes = await ibkr.MarketData.QuotesAsync(aapl);
/// </code>
/// </example>
public sealed class IbkrClient
{
    private readonly IGatewaySessionGrain _session;

    public IbkrClient(IGrainFactory grains, IbkrClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        Settings = options;
        _session = grains.GetGrain<IGatewaySessionGrain>(options.Session);
        var oneShots = new OneShotRunner(_session);
        var subscriptions = new SubscriptionFactory(grains, options);
        Contracts = new ContractsApi(oneShots);
        MarketData = new MarketDataApi(subscriptions);
        History = new HistoryApi(oneShots);
        Orders = new OrdersApi(grains, options.Session, oneShots, subscriptions);
        Accounts = new AccountsApi(subscriptions);
        Scanner = new ScannerApi(oneShots, subscriptions);
        Bulletins = new NewsBulletinsApi(subscriptions);
        Tws = new TwsApi(oneShots);
        News = new NewsApi(oneShots);
        Advisors = new AdvisorsApi(oneShots);
        Wsh = new WshApi(oneShots);
        Options = new OptionsApi(oneShots);
        DisplayGroups = new DisplayGroupsApi(oneShots);
    }

    /// <summary>The session this client talks to and its timeouts.</summary>
    public IbkrClientOptions Settings { get; }

    /// <summary>Contract details, qualification, symbol search, market rules, option chains, fundamentals, depth exchanges.</summary>
    public ContractsApi Contracts { get; }

    /// <summary>Quotes (live, delayed, snapshots) and other market data streams.</summary>
    public MarketDataApi MarketData { get; }

    /// <summary>Historical bars, ticks, histograms, trading schedules and head timestamps.</summary>
    public HistoryApi History { get; }

    /// <summary>Placing, modifying, cancelling and following orders; open and completed orders (also as a stream); executions.</summary>
    public OrdersApi Orders { get; }

    /// <summary>Account summary, positions, account updates and PnL.</summary>
    public AccountsApi Accounts { get; }

    /// <summary>Market scanner parameters and subscriptions.</summary>
    public ScannerApi Scanner { get; }

    /// <summary>IB news bulletins.</summary>
    public NewsBulletinsApi Bulletins { get; }

    /// <summary>The Gateway itself: its clock.</summary>
    public TwsApi Tws { get; }

    /// <summary>News providers, historical headlines and articles.</summary>
    public NewsApi News { get; }

    /// <summary>Family codes, soft-dollar tiers, FA configuration and user info.</summary>
    public AdvisorsApi Advisors { get; }

    /// <summary>Wall Street Horizon metadata and calendar events.</summary>
    public WshApi Wsh { get; }

    /// <summary>Option chains and the model price and implied volatility calculations.</summary>
    public OptionsApi Options { get; }

    /// <summary>TWS display groups.</summary>
    public DisplayGroupsApi DisplayGroups { get; }

    /// <summary>Starts the session if needed and waits until it is Ready; throws when it does not get there in time.</summary>
    public async Task<SessionInfo> ConnectAsync(CancellationToken cancellationToken = default)
    {
        var info = await _session.WaitReadyAsync(Settings.ReadyTimeout).WaitAsync(cancellationToken).ConfigureAwait(false);
        return info.Status == SessionStatus.Ready
            ? info
            : throw new IbkrException(info.Describe(), retryable: info.Status != SessionStatus.Closed);
    }

    /// <summary>The session's state: status, connection count, accounts, next order id.</summary>
    public Task<SessionInfo> GetSessionAsync() => _session.GetInfoAsync();

    /// <summary>Drops the Gateway connection as a network failure would; the session reconnects by its policy.</summary>
    public Task DropConnectionAsync() => _session.DropConnectionAsync();
}
