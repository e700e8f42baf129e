using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Inbound;

// Account values and portfolio (reqAccountUpdates), account summaries, per-model account updates, and
// account metadata. Official EDecoder layouts at server version 200.

/// <summary>ACCT_VALUE (6): one account value of a reqAccountUpdates subscription (version 2).</summary>
[WireMessage(Direction.Server, InMsg.AccountValue, "update_account_value")]
public sealed class AccountValue : Message
{
    public string Key = string.Empty;
    public string Value = string.Empty;
    public string Currency = string.Empty;
    public string AccountName = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(2);
        v.Str(ref Key, "key");
        v.Str(ref Value, "value");
        v.Str(ref Currency, "currency");
        v.Str(ref AccountName, "account");
    }
}

/// <summary>
/// PORTFOLIO_VALUE (7): one position of a reqAccountUpdates subscription (version 8). Its contract block
/// has primaryExchange in the slot where other messages carry exchange.
/// </summary>
[WireMessage(Direction.Server, InMsg.PortfolioValue, "update_portfolio")]
public sealed class PortfolioValue : Message
{
    public Contract Contract = new();
    public decimal? Position;
    public decimal MarketPrice;
    public decimal MarketValue;
    public decimal AverageCost;

    /// <summary>May arrive as the unset double sentinel.</summary>
    public decimal? UnrealizedPnl;

    /// <summary>May arrive as the unset double sentinel.</summary>
    public decimal? RealizedPnl;

    public string AccountName = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var c = Contract;
        v.Version(8);
        v.Int(ref c.ConId, "contract.con_id");
        v.Str(ref c.Symbol, "contract.symbol");
        v.Str(ref c.SecType, "contract.sec_type");
        v.Str(ref c.LastTradeDateOrContractMonth, "contract.expiry");
        v.DecMax(ref c.Strike, "contract.strike");
        v.Str(ref c.Right, "contract.right");
        v.Str(ref c.Multiplier, "contract.multiplier");
        v.Str(ref c.PrimaryExchange, "contract.primary_exchange");
        v.Str(ref c.Currency, "contract.currency");
        v.Str(ref c.LocalSymbol, "contract.local_symbol");
        v.Str(ref c.TradingClass, "contract.trading_class");
        v.DecMax(ref Position, "position");
        v.Dec(ref MarketPrice, "market_price");
        v.Dec(ref MarketValue, "market_value");
        v.Dec(ref AverageCost, "avg_cost");
        v.DecMax(ref UnrealizedPnl, "unrealized_pnl");
        v.DecMax(ref RealizedPnl, "realized_pnl");
        v.Str(ref AccountName, "account");
    }
}

/// <summary>ACCT_UPDATE_TIME (8): the time of the last account update, "HH:mm".</summary>
[WireMessage(Direction.Server, InMsg.AccountUpdateTime, "update_account_time")]
public sealed class AccountUpdateTime : Message
{
    public string Timestamp = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref Timestamp, "timestamp");
    }
}

/// <summary>ACCT_DOWNLOAD_END (54): the first full reqAccountUpdates snapshot of an account has been sent.</summary>
[WireMessage(Direction.Server, InMsg.AccountDownloadEnd, "account_download_end")]
public sealed class AccountDownloadEnd : Message
{
    public string Account = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Str(ref Account, "account");
    }
}

/// <summary>ACCOUNT_SUMMARY (63): one tag of a reqAccountSummary reply.</summary>
[WireMessage(Direction.Server, InMsg.AccountSummary, "account_summary")]
public sealed class AccountSummary : Message
{
    public int ReqId;
    public string Account = string.Empty;
    public string Tag = string.Empty;
    public string Value = string.Empty;
    public string Currency = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Account, "account");
        v.Str(ref Tag, "tag");
        v.Str(ref Value, "value");
        v.Str(ref Currency, "currency");
    }
}

/// <summary>ACCOUNT_SUMMARY_END (64).</summary>
[WireMessage(Direction.Server, InMsg.AccountSummaryEnd, "account_summary_end")]
public sealed class AccountSummaryEnd : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>ACCOUNT_UPDATE_MULTI (73): one account value of a reqAccountUpdatesMulti subscription.</summary>
[WireMessage(Direction.Server, InMsg.AccountUpdateMulti, "account_update_multi")]
public sealed class AccountUpdateMulti : Message
{
    public int ReqId;
    public string Account = string.Empty;
    public string ModelCode = string.Empty;
    public string Key = string.Empty;
    public string Value = string.Empty;
    public string Currency = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
        v.Str(ref Account, "account");
        v.Str(ref ModelCode, "model_code");
        v.Str(ref Key, "key");
        v.Str(ref Value, "value");
        v.Str(ref Currency, "currency");
    }
}

/// <summary>ACCOUNT_UPDATE_MULTI_END (74).</summary>
[WireMessage(Direction.Server, InMsg.AccountUpdateMultiEnd, "account_update_multi_end")]
public sealed class AccountUpdateMultiEnd : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>One account and its family code.</summary>
public sealed class FamilyCode : FieldGroup
{
    public string AccountId = string.Empty;
    public string FamilyCodeStr = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref AccountId, "account_id");
        v.Str(ref FamilyCodeStr, "family_code");
    }
}

/// <summary>FAMILY_CODES (78): the family codes of the logged-in accounts (no request id).</summary>
[WireMessage(Direction.Server, InMsg.FamilyCodes, "family_codes")]
public sealed class FamilyCodes : Message
{
    public List<FamilyCode> Codes = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.List(Codes, "codes");
    }
}

/// <summary>One soft-dollar tier.</summary>
public sealed class SoftDollarTier : FieldGroup
{
    public string Name = string.Empty;
    public string Value = string.Empty;
    public string DisplayName = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Str(ref Name, "name");
        v.Str(ref Value, "value");
        v.Str(ref DisplayName, "display_name");
    }
}

/// <summary>SOFT_DOLLAR_TIERS (77): the reply to reqSoftDollarTiers.</summary>
[WireMessage(Direction.Server, InMsg.SoftDollarTiers, "soft_dollar_tiers")]
public sealed class SoftDollarTiers : Message
{
    public int ReqId;
    public List<SoftDollarTier> Tiers = [];

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.List(Tiers, "tiers");
    }
}

/// <summary>USER_INFO (107): the white-branding id of the login (reqUserInfo).</summary>
[WireMessage(Direction.Server, InMsg.UserInfo, "user_info")]
public sealed class UserInfo : Message
{
    public int ReqId;
    public string WhiteBrandingId = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        v.Str(ref WhiteBrandingId, "white_branding_id");
    }
}
