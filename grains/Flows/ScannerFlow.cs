using System.Globalization;
using Ibkr.Contracts.Instruments;
using Ibkr.Contracts.Reference;
using Ibkr.Contracts.Sessions;
using Ibkr.Contracts.Subscriptions;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_SCANNER_SUBSCRIPTION: every SCANNER_DATA is a complete, ranked result set that replaces the previous one
/// (one <see cref="ScannerResults"/> event each); the first one also reports SnapshotComplete. Filter options go
/// out as the official client joins them, <c>tag=value;</c> per option.
/// </summary>
internal sealed class ScannerFlow(string grainKey, ScannerSpec scanner) : SubscriptionFlow(grainKey, scanner)
{
    private bool _first = true;

    private ScannerSpec Scanner => (ScannerSpec)Spec;

    /// <inheritdoc/>
    public override IEnumerable<Message> Start()
    {
        _first = true;
        return
        [
            new ReqScannerSubscription
            {
                ReqId = ReqId,
                NumberOfRows = Scanner.NumberOfRows,
                Instrument = Scanner.Instrument,
                LocationCode = Scanner.LocationCode,
                ScanCode = Scanner.ScanCode,
                AbovePrice = Scanner.AbovePrice,
                BelowPrice = Scanner.BelowPrice,
                AboveVolume = Scanner.AboveVolume,
                ScannerSubscriptionFilterOptions = string.Concat(Scanner.FilterOptions.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value};"))),
            },
        ];
    }

    /// <inheritdoc/>
    public override IEnumerable<Message> Cancel() => [new CancelScannerSubscription { ReqId = ReqId }];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        if (message is not ScannerData data)
        {
            return;
        }

        Emit(new ScannerResults { Rows = data.Entries.Select(Row).ToArray() }, context);
        if (_first)
        {
            _first = false;
            Report(LifecycleKind.SnapshotComplete, context.ConnectionSeq);
        }
    }

    private static ScannerRow Row(ScannerDataEntry e) => new()
    {
        Rank = e.Rank,
        Details = new ContractDetails { Contract = ContractMapping.FromWire(e.Contract), MarketName = e.MarketName },
        Distance = e.Distance,
        Benchmark = e.Benchmark,
        Projection = e.Projection,
        LegsStr = e.LegsStr,
    };
}
