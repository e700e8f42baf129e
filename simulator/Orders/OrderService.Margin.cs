using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Orders;
using Ibkr.Simulator.Accounts;
using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.Orders;

/// <summary>Margin checks before an order is accepted, and what-if answers that report margin without placing.</summary>
internal sealed partial class OrderService
{
    private OrderProblem? CheckMargin(AccountState account, Instrument instrument, Order order)
    {
        var held = account.Positions.TryGetValue(instrument.ConId, out var position) ? position.Quantity : 0m;
        var buy = order.Action == "BUY";
        if ((buy && held < 0m) || (!buy && held > 0m))
        {
            return null; // Reducing a position needs no new margin.
        }

        var reference = order.LmtPrice ?? core.Market[instrument].Last;
        var needed = order.TotalQuantity!.Value * reference * instrument.Multiplier * AccountValues.MarginRate(instrument.SecType);
        var values = AccountValues.Compute(account, core.Market);
        return OrderValidation.CheckMargin(needed, values["AvailableFunds"], values["EquityWithLoanValue"]);
    }

    /// <summary>A what-if order: the margin and commission preview in an open order; nothing is placed.</summary>
    private OpenOrder WhatIf(Instrument instrument, Order order, AccountState account)
    {
        var values = AccountValues.Compute(account, core.Market);
        var reference = order.LmtPrice ?? core.Market[instrument].Last;
        var change = order.TotalQuantity!.Value * reference * instrument.Multiplier * AccountValues.MarginRate(instrument.SecType);
        var commission = Commissions.For(instrument, order.TotalQuantity.Value, reference);
        string M(decimal v) => AccountValues.Money(v);
        return new OpenOrder
        {
            Contract = instrument.ServerContract(),
            Order = order,
            OrderState = new OrderState
            {
                Status = OrderStatuses.PreSubmitted,
                InitMarginBefore = M(values["InitMarginReq"]),
                MaintMarginBefore = M(values["MaintMarginReq"]),
                EquityWithLoanBefore = M(values["EquityWithLoanValue"]),
                InitMarginChange = M(change),
                MaintMarginChange = M(change * 0.8m),
                EquityWithLoanChange = M(-commission),
                InitMarginAfter = M(values["InitMarginReq"] + change),
                MaintMarginAfter = M(values["MaintMarginReq"] + (change * 0.8m)),
                EquityWithLoanAfter = M(values["EquityWithLoanValue"] - commission),
                CommissionAndFees = commission,
                MinCommissionAndFees = commission,
                MaxCommissionAndFees = commission,
                CommissionAndFeesCurrency = instrument.Currency,
                MarginCurrency = instrument.Currency,
            },
        };
    }
}
