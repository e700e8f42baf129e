using Ibkr.Contracts.Orders;
using Ibkr.Contracts.Requests;
using Ibkr.Grains.Mapping;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;

namespace Ibkr.Grains.Flows;

/// <summary>
/// REQ_EXECUTIONS: EXECUTION_DATA rows until EXECUTION_DATA_END. Commission reports carry no request id; the
/// session offers every one to the open executions flows, which attach it to their execution by exec id.
/// </summary>
internal sealed class ExecutionsFlow(ExecutionFilter filter) : OneShotFlow
{
    private readonly List<ExecutionReport> _rows = [];

    /// <inheritdoc/>
    public override IEnumerable<Message> Start() =>
    [
        new ReqExecutions
        {
            ReqId = ReqId,
            ClientId = filter.ClientId,
            AcctCode = filter.Account,
            Time = filter.Time,
            Symbol = filter.Symbol,
            SecType = filter.SecType,
            Exchange = filter.Exchange,
            Side = filter.Side,
            LastNDays = filter.LastNDays ?? int.MaxValue,
            SpecificDates = filter.SpecificDates.ToList(),
        },
    ];

    /// <inheritdoc/>
    public override void OnMessage(Message message, FlowContext context)
    {
        switch (message)
        {
            case ExecutionData d:
                _rows.Add(new ExecutionReport { Execution = OrderMapping.FromWire(d.Contract, d.Execution) });
                break;
            case ExecutionDataEnd:
                Complete(new RowsResult<ExecutionReport> { Rows = _rows.ToArray(), Warnings = Warnings.ToArray() });
                break;
        }
    }

    /// <summary>Attaches a commission report to its execution, if this flow has it; true when it did.</summary>
    public bool Attach(Commission commission)
    {
        var index = _rows.FindIndex(r => r.Execution.ExecId == commission.ExecId);
        if (index < 0)
        {
            return false;
        }

        _rows[index] = _rows[index] with { Commission = commission };
        return true;
    }
}
