using System.Globalization;
using Ibkr.Protocol.Messages.Common;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Messages.Outbound;
using Ibkr.Simulator.Hosting;
using Ibkr.Simulator.Instruments;

namespace Ibkr.Simulator.MarketData;

/// <summary>
/// Historical bars, schedules, head timestamps and historical ticks, all cut from the instrument's
/// <see cref="PriceTape"/>, so they agree with the live walk. Bars are aligned to their size (days to local
/// midnight) and empty bars are left out. Like the Gateway's HMDS, more than 60 requests in ten minutes get 162.
/// </summary>
internal sealed class HistoryService(SimulatorCore core)
{
    private const int PacingLimit = 60;
    private const int MaxBars = 100_000;
    private static readonly TimeSpan PacingWindow = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _recent = new();

    public void RequestBars(ClientSession session, ReqHistoricalData request)
    {
        var reqId = request.ReqId;
        if (Refuse(session, reqId, request.Contract) is not { } market)
        {
            return;
        }

        if (!core.Clock.TryParse(request.EndDateTime, out var end))
        {
            Invalid(session, reqId, $"End date/time '{request.EndDateTime}' is invalid");
            return;
        }

        end = end > core.Now ? core.Now : end;
        var duration = HistorySpans.Duration(request.DurationStr);
        var barSize = HistorySpans.BarSize(request.BarSizeSetting);
        if (duration is null)
        {
            Invalid(session, reqId, $"Historical data duration '{request.DurationStr}' is invalid");
            return;
        }

        if (barSize is null && request.WhatToShow != "SCHEDULE")
        {
            Invalid(session, reqId, $"Historical data bar size setting '{request.BarSizeSetting}' is invalid");
            return;
        }

        var start = end - duration.Value;
        if (request.WhatToShow == "SCHEDULE")
        {
            session.Send(Schedule(reqId, start, end));
            return;
        }

        if (duration.Value / barSize!.Value > MaxBars)
        {
            session.Send(core.Error(reqId, 162, "Historical Market Data Service error message:Time length exceed max."));
            return;
        }

        if (request.KeepUpToDate && request.EndDateTime.Trim().Length > 0)
        {
            Invalid(session, reqId, "End date/time must be empty when keepUpToDate is set");
            return;
        }

        // The bar in progress at the end time is included, as the Gateway includes today's partial bar.
        var bars = Bars(market.Tape, start, end.AddTicks(1), barSize.Value, request.FormatDate);
        session.Send(new HistoricalData { ReqId = reqId, Bars = bars });
        session.Send(new HistoricalDataEnd { ReqId = reqId, StartDateStr = core.Clock.Stamp(start), EndDateStr = core.Clock.Stamp(end) });
        if (request.KeepUpToDate)
        {
            session.Subscriptions.BarUpdates[reqId] = new BarUpdateSubscription(market, barSize.Value, request.FormatDate);
        }
    }

    /// <summary>The bar in progress at the current step, for keepUpToDate subscribers.</summary>
    public HistoricalDataUpdate Update(int reqId, BarUpdateSubscription subscription)
    {
        var now = core.Now;
        var barStart = Align(now, subscription.BarSize);
        var bar = Bars(subscription.Market.Tape, barStart, now.AddSeconds(1), subscription.BarSize, subscription.FormatDate).LastOrDefault();
        var last = subscription.Market.Last;
        return new HistoricalDataUpdate
        {
            ReqId = reqId,
            BarCount = bar?.Count ?? 0,
            Date = bar?.Time ?? Label(barStart, subscription.BarSize >= TimeSpan.FromDays(1), subscription.FormatDate),
            Open = bar?.Open ?? last,
            Close = bar?.Close ?? last,
            High = bar?.High ?? last,
            Low = bar?.Low ?? last,
            Wap = bar?.Wap ?? last,
            Volume = bar?.Volume ?? 0m,
        };
    }

    public void RequestHeadTimestamp(ClientSession session, ReqHeadTimestamp request)
    {
        if (Refuse(session, request.ReqId, request.Contract) is { } market)
        {
            var earliest = market.Tape.Earliest;
            var text = request.FormatDate == 2
                ? earliest.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
                : core.Clock.Local(earliest).ToString("yyyyMMdd-HH:mm:ss", CultureInfo.InvariantCulture);
            session.Send(new HeadTimestamp { ReqId = request.ReqId, Timestamp = text });
        }
    }

    /// <summary>One tick per tape sample: TRADES (last), BID_ASK (one tick around the trade) or MIDPOINT; at most 1000.</summary>
    public void RequestTicks(ClientSession session, ReqHistoricalTicks request)
    {
        var reqId = request.ReqId;
        if (Refuse(session, reqId, request.Contract) is not { } market)
        {
            return;
        }

        var hasStart = request.StartDateTime.Trim().Length > 0;
        if (!core.Clock.TryParse(request.StartDateTime, out var from) || !core.Clock.TryParse(request.EndDateTime, out var to) || (hasStart == (request.EndDateTime.Trim().Length > 0)))
        {
            Invalid(session, reqId, "Exactly one of start and end date/time must be set, in a valid format");
            return;
        }

        var count = Math.Clamp(request.NumberOfTicks, 1, 1000);
        var samples = hasStart
            ? market.Tape.Samples(from, core.Now).Take(count).ToList()
            : market.Tape.Samples(market.Tape.Earliest < to - TimeSpan.FromDays(1) ? to - TimeSpan.FromDays(1) : market.Tape.Earliest, to).TakeLast(count).ToList();
        var tick = market.Instrument.MinTick;
        switch (request.WhatToShow)
        {
            case "TRADES":
                session.Send(new HistoricalTicksLast { ReqId = reqId, Done = true, Ticks = [.. samples.Select(s => new HistoricalTickLast { Time = s.Time.ToUnixTimeSeconds(), Price = s.Close, Size = s.Volume, Exchange = market.Instrument.PrimaryExchange })] });
                break;
            case "BID_ASK":
                session.Send(new HistoricalTicksBidAsk { ReqId = reqId, Done = true, Ticks = [.. samples.Select(s => new HistoricalTickBidAsk { Time = s.Time.ToUnixTimeSeconds(), PriceBid = s.Close, PriceAsk = s.Close + tick, SizeBid = market.Instrument.Lot, SizeAsk = market.Instrument.Lot })] });
                break;
            case "MIDPOINT":
                session.Send(new HistoricalTicks { ReqId = reqId, Done = true, Ticks = [.. samples.Select(s => new HistoricalTick { Time = s.Time.ToUnixTimeSeconds(), Price = s.Close + (tick / 2m), Size = 0m })] });
                break;
            default:
                Invalid(session, reqId, $"What to show '{request.WhatToShow}' is not TRADES, BID_ASK or MIDPOINT");
                break;
        }
    }

    /// <summary>Volume per price over a period ("3 days", "1 week"), from the same tape as the bars.</summary>
    public void RequestHistogram(ClientSession session, ReqHistogramData request)
    {
        if (Refuse(session, request.ReqId, request.Contract) is not { } market)
        {
            return;
        }

        var parts = request.Period.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var days = parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? parts[1] switch { "day" or "days" => n, "week" or "weeks" => 7 * n, "month" or "months" => 30 * n, _ => 0 }
            : 0;
        if (days == 0)
        {
            Invalid(session, request.ReqId, $"Histogram period '{request.Period}' is invalid");
            return;
        }

        var entries = market.Tape.Samples(core.Now - TimeSpan.FromDays(days), core.Now.AddTicks(1))
            .GroupBy(s => s.Close)
            .OrderBy(g => g.Key)
            .Select(g => new HistogramEntry { Price = g.Key, Size = g.Sum(s => s.Volume) });
        session.Send(new HistogramData { ReqId = request.ReqId, Entries = [.. entries] });
    }

    /// <summary>The market of a history request, or null after a pacing violation (162) or an unknown contract (200).</summary>
    private InstrumentMarket? Refuse(ClientSession session, int reqId, Contract contract)
    {
        var now = core.Now;
        while (_recent.Count > 0 && now - _recent.Peek() >= PacingWindow)
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= PacingLimit)
        {
            session.Send(core.Error(reqId, 162, "Historical Market Data Service error message:Historical data request pacing violation"));
            return null;
        }

        _recent.Enqueue(now);
        var instrument = ContractMatcher.Single(core.Instruments, contract);
        if (instrument is null)
        {
            session.Send(core.Error(reqId, GatewayErrors.NoSecurityDefinition, "No security definition has been found for the request"));
            return null;
        }

        return core.Market[instrument];
    }

    private void Invalid(ClientSession session, int reqId, string cause) =>
        session.Send(core.Error(reqId, GatewayErrors.ValidationError, $"Error validating request.-'bX' : cause - {cause}"));

    private List<HistoricalBar> Bars(PriceTape tape, DateTimeOffset start, DateTimeOffset end, TimeSpan size, int formatDate)
    {
        var daily = size >= TimeSpan.FromDays(1);
        var bars = new List<HistoricalBar>();
        HistoricalBar? current = null;
        DateTimeOffset currentStart = default;
        decimal notional = 0m;
        foreach (var sample in tape.Samples(Align(start, size), end))
        {
            var barStart = Align(sample.Time, size);
            if (current is null || barStart != currentStart)
            {
                Close(current, notional);
                current = new HistoricalBar { Time = Label(barStart, daily, formatDate), Open = sample.Open, High = sample.High, Low = sample.Low, Close = sample.Close, Volume = 0m, Count = 0 };
                currentStart = barStart;
                notional = 0m;
                bars.Add(current);
            }

            current.High = Math.Max(current.High, sample.High);
            current.Low = Math.Min(current.Low, sample.Low);
            current.Close = sample.Close;
            current.Volume += sample.Volume;
            current.Count += sample.Count;
            notional += sample.Close * sample.Volume;
        }

        Close(current, notional);
        return bars;

        static void Close(HistoricalBar? bar, decimal notional)
        {
            if (bar is not null)
            {
                bar.Wap = bar.Volume is > 0m ? Math.Round(notional / bar.Volume.Value, 4) : bar.Close;
            }
        }
    }

    /// <summary>Bar start: a multiple of the size since the epoch; days and weeks start at local midnight.</summary>
    private DateTimeOffset Align(DateTimeOffset time, TimeSpan size)
    {
        if (size < TimeSpan.FromDays(1))
        {
            return DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds() / (long)size.TotalSeconds * (long)size.TotalSeconds);
        }

        var local = core.Clock.Local(time).Date;
        if (size >= TimeSpan.FromDays(7))
        {
            local = local.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        }

        return time - (core.Clock.Local(time) - local);
    }

    private string Label(DateTimeOffset barStart, bool daily, int formatDate) =>
        formatDate == 2 ? barStart.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
        : daily ? core.Clock.Local(barStart).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
        : core.Clock.Stamp(barStart);

    /// <summary>One session per calendar day of the range: the simulated market trades around the clock.</summary>
    private HistoricalSchedule Schedule(int reqId, DateTimeOffset start, DateTimeOffset end)
    {
        string Text(DateTime t) => t.ToString("yyyyMMdd-HH:mm:ss", CultureInfo.InvariantCulture);
        var first = core.Clock.Local(start).Date;
        var last = core.Clock.Local(end).Date;
        var sessions = new List<HistoricalSession>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            sessions.Add(new HistoricalSession { StartDateTime = Text(day), EndDateTime = Text(day.AddDays(1).AddSeconds(-1)), RefDate = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) });
        }

        return new HistoricalSchedule
        {
            ReqId = reqId,
            StartDateTime = Text(core.Clock.Local(start)),
            EndDateTime = Text(core.Clock.Local(end)),
            TimeZone = core.Clock.ZoneName,
            Sessions = sessions,
        };
    }
}
