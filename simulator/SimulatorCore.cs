using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Simulator.Accounts;
using Ibkr.Simulator.Hosting;
using Ibkr.Simulator.Instruments;
using Ibkr.Simulator.MarketData;
using Ibkr.Simulator.Orders;

namespace Ibkr.Simulator;

/// <summary>
/// The simulator's whole state and its services. Every request and every market step runs under <see cref="Gate"/>,
/// so state changes and the messages they cause are ordered the same way on every run.
/// </summary>
internal sealed class SimulatorCore
{
    private DateTimeOffset? _stepTime;
    private DateTimeOffset _lastStep;

    public SimulatorCore(SimulatorOptions options, TimeProvider time)
    {
        Options = options;
        Clock = new SimClock(time);
        Instruments = new InstrumentTable(Clock.Local(Clock.Start).Date);
        Market = new Market(Instruments, options.Seed, Clock.Start);
        Ledger = new Ledger(options.Accounts, options.StartingCash);
        Orders = new OrderService(this);
        MarketData = new MarketDataService(this);
        History = new HistoryService(this);
        Accounts = new AccountService(this);
        Contracts = new ContractService(this);
        _lastStep = Clock.Start;
    }

    public object Gate { get; } = new();

    public SimulatorOptions Options { get; }

    public SimClock Clock { get; }

    public InstrumentTable Instruments { get; }

    public Market Market { get; }

    public Ledger Ledger { get; }

    public OrderService Orders { get; }

    public MarketDataService MarketData { get; }

    public HistoryService History { get; }

    public AccountService Accounts { get; }

    public ContractService Contracts { get; }

    /// <summary>Connected clients by client id.</summary>
    public SortedDictionary<int, ClientSession> Sessions { get; } = [];

    /// <summary>True between an injected 1100 and its 1102: no market data is sent.</summary>
    public bool ConnectivityLost { get; set; }

    /// <summary>The next order id NEXT_VALID_ID reports (above every id any client used).</summary>
    public int NextOrderId { get; set; } = 1;

    /// <summary>
    /// Virtual time, in steps: the step being run, else the last step that ran. Requests are stamped with the
    /// last step's time, not the clock's, because the clock may already have moved on to steps that are waiting
    /// for the lock; that would make the bytes depend on thread timing.
    /// </summary>
    public DateTimeOffset Now => _stepTime ?? _lastStep;

    public ApiError Error(int reqId, int code, string message) => GatewayErrors.Create(reqId, code, message, Now);

    /// <summary>Sends to every connected client.</summary>
    public void Broadcast(Func<Message> message)
    {
        foreach (var session in Sessions.Values)
        {
            session.Send(message());
        }
    }

    /// <summary>
    /// Closes a client's connection now and forgets its session at once, so the same client id can reconnect
    /// without racing the old connection's teardown.
    /// </summary>
    public void Drop(ClientSession session)
    {
        if (Sessions.TryGetValue(session.ClientId, out var current) && current == session)
        {
            Sessions.Remove(session.ClientId);
        }

        session.Leg.Abort();
    }

    /// <summary>The session of a client id, if connected.</summary>
    public ClientSession? Session(int clientId) => Sessions.GetValueOrDefault(clientId);

    /// <summary>Runs one market step at <paramref name="time"/>: prices move, orders match, subscribers hear of it.</summary>
    public void Step(DateTimeOffset time)
    {
        var previous = _lastStep;
        _lastStep = time;
        _stepTime = time;
        try
        {
            Market.Step(time);
            if (Clock.Local(previous).Date != Clock.Local(time).Date)
            {
                Orders.ExpireDayOrders();
            }

            Orders.OnStep();
            MarketData.OnStep();
            var newSecond = previous.ToUnixTimeSeconds() != time.ToUnixTimeSeconds();
            Accounts.OnStep(newSecond);
        }
        finally
        {
            _stepTime = null;
        }
    }
}
