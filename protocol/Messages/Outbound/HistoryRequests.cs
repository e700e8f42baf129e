using Ibkr.Protocol.Messages.Common;

namespace Ibkr.Protocol.Messages.Outbound;

/// <summary>
/// REQ_HISTORICAL_DATA (20), no version field since server version 124: contract block with includeExpired,
/// end time, bar size, duration (bar size before duration), useRTH, whatToShow, formatDate, the 4-field BAG
/// legs (sec_type BAG, compared case-insensitively as the official client does), keepUpToDate and chart
/// options. Transcript name <c>req_historical_bars</c>.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqHistoricalData, "req_historical_bars")]
public sealed class ReqHistoricalData : Message
{
    public int ReqId;
    public Contract Contract = new();

    /// <summary>endDateTime: "yyyyMMdd-HH:mm:ss" (UTC), "yyyyMMdd HH:mm:ss zone" or empty (now).</summary>
    public string EndDateTime = string.Empty;

    public string BarSizeSetting = string.Empty;
    public string DurationStr = string.Empty;

    /// <summary>useRTH; an int in the official API, only 0 and 1 are meaningful.</summary>
    public bool UseRth;

    public string WhatToShow = string.Empty;

    /// <summary>formatDate: 1 text dates, 2 epoch seconds.</summary>
    public int FormatDate;

    /// <summary>BAG legs, sent only for sec_type BAG, in the short 4-field form.</summary>
    public List<RequestComboLeg> ComboLegs = [];

    public bool KeepUpToDate;

    /// <summary>chartOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string ChartOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        RequestContractFields.WithIncludeExpired(v, Contract);
        v.Str(ref EndDateTime, "end_time");
        v.Str(ref BarSizeSetting, "bar_size");
        v.Str(ref DurationStr, "duration");
        v.Bool(ref UseRth, "use_rth");
        v.Str(ref WhatToShow, "what_to_show");
        v.Int(ref FormatDate, "format_date");
        if (string.Equals(Contract.SecType, "BAG", StringComparison.OrdinalIgnoreCase))
        {
            v.List(ComboLegs, "combo_legs");
        }

        v.Bool(ref KeepUpToDate, "keep_up_to_date");
        v.Str(ref ChartOptions, "chart_options");
    }
}

/// <summary>CANCEL_HISTORICAL_DATA (25), version 1.</summary>
[WireMessage(Direction.Client, OutMsg.CancelHistoricalData, "cancel_historical_data")]
public sealed class CancelHistoricalData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>
/// REQ_REAL_TIME_BARS (50), version 3: 12-field contract block, bar size (the official client sends it; the
/// Gateway only serves 5 seconds), whatToShow, useRTH, options. Transcript name <c>req_realtime_bars</c>.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqRealTimeBars, "req_realtime_bars")]
public sealed class ReqRealTimeBars : Message
{
    public int ReqId;
    public Contract Contract = new();
    public int BarSize;
    public string WhatToShow = string.Empty;
    public bool UseRth;

    /// <summary>realTimeBarsOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string RealTimeBarsOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(3);
        v.Int(ref ReqId, "req_id");
        ContractFields.Request(v, Contract);
        v.Int(ref BarSize, "bar_size");
        v.Str(ref WhatToShow, "what_to_show");
        v.Bool(ref UseRth, "use_rth");
        v.Str(ref RealTimeBarsOptions, "realtime_bars_options");
    }
}

/// <summary>CANCEL_REAL_TIME_BARS (51), version 1. Transcript name <c>cancel_realtime_bars</c>.</summary>
[WireMessage(Direction.Client, OutMsg.CancelRealTimeBars, "cancel_realtime_bars")]
public sealed class CancelRealTimeBars : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Version(1);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>
/// REQ_HEAD_TIMESTAMP (87), no version field: contract block with includeExpired, then useRTH before
/// whatToShow, then formatDate.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqHeadTimestamp, "req_head_timestamp")]
public sealed class ReqHeadTimestamp : Message
{
    public int ReqId;
    public Contract Contract = new();

    /// <summary>useRTH; an int in the official API, only 0 and 1 are meaningful.</summary>
    public bool UseRth;

    public string WhatToShow = string.Empty;
    public int FormatDate;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        RequestContractFields.WithIncludeExpired(v, Contract);
        v.Bool(ref UseRth, "use_rth");
        v.Str(ref WhatToShow, "what_to_show");
        v.Int(ref FormatDate, "format_date");
    }
}

/// <summary>CANCEL_HEAD_TIMESTAMP (90), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.CancelHeadTimestamp, "cancel_head_timestamp")]
public sealed class CancelHeadTimestamp : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>REQ_HISTOGRAM_DATA (88), no version field: contract block with includeExpired, useRTH, period ("3 days").</summary>
[WireMessage(Direction.Client, OutMsg.ReqHistogramData, "req_histogram_data")]
public sealed class ReqHistogramData : Message
{
    public int ReqId;
    public Contract Contract = new();
    public bool UseRth;
    public string Period = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        RequestContractFields.WithIncludeExpired(v, Contract);
        v.Bool(ref UseRth, "use_rth");
        v.Str(ref Period, "period");
    }
}

/// <summary>CANCEL_HISTOGRAM_DATA (89), no version field.</summary>
[WireMessage(Direction.Client, OutMsg.CancelHistogramData, "cancel_histogram_data")]
public sealed class CancelHistogramData : Message
{
    public int ReqId;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
    }
}

/// <summary>
/// REQ_HISTORICAL_TICKS (96), no version field: contract block with includeExpired, start and end time,
/// number of ticks, whatToShow, useRTH, ignoreSize, misc options.
/// </summary>
[WireMessage(Direction.Client, OutMsg.ReqHistoricalTicks, "req_historical_ticks")]
public sealed class ReqHistoricalTicks : Message
{
    public int ReqId;
    public Contract Contract = new();
    public string StartDateTime = string.Empty;
    public string EndDateTime = string.Empty;
    public int NumberOfTicks;
    public string WhatToShow = string.Empty;

    /// <summary>useRth; an int in the official API, only 0 and 1 are meaningful.</summary>
    public bool UseRth;

    public bool IgnoreSize;

    /// <summary>miscOptions as the official client joins them: <c>tag=value;</c> per option.</summary>
    public string MiscOptions = string.Empty;

    public override void Visit(FieldVisitor v)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Int(ref ReqId, "req_id");
        RequestContractFields.WithIncludeExpired(v, Contract);
        v.Str(ref StartDateTime, "start_time");
        v.Str(ref EndDateTime, "end_time");
        v.Int(ref NumberOfTicks, "number_of_ticks");
        v.Str(ref WhatToShow, "what_to_show");
        v.Bool(ref UseRth, "use_rth");
        v.Bool(ref IgnoreSize, "ignore_size");
        v.Str(ref MiscOptions, "misc_options");
    }
}
