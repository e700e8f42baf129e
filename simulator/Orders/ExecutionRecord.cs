using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;

namespace Ibkr.Simulator.Orders;

/// <summary>One fill as reported, kept for reqExecutions: the execution, its contract and its commission.</summary>
internal sealed record ExecutionRecord(Contract Contract, Execution Execution, CommissionReport Commission, string SecType, DateTimeOffset Time)
{
    public ExecutionData ToMessage(int reqId) => new() { ReqId = reqId, Contract = Contract, Execution = Execution };
}
