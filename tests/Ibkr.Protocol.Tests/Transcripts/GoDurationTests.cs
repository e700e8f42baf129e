using Ibkr.Protocol.Transcripts;

namespace Ibkr.Protocol.Tests.Transcripts;

public class GoDurationTests
{
    [Theory]
    [InlineData("0", 0L, "0s")]
    [InlineData("100ms", 100_000_000L, "100ms")]
    [InlineData("1.5s", 1_500_000_000L, "1.5s")]
    [InlineData("1m30s", 90_000_000_000L, "1m30s")]
    [InlineData("90s", 90_000_000_000L, "1m30s")]
    [InlineData("2h", 7_200_000_000_000L, "2h0m0s")]
    [InlineData("1500us", 1_500_000L, "1.5ms")]
    [InlineData("3µs", 3_000L, "3µs")]
    [InlineData("7ns", 7L, "7ns")]
    [InlineData("+.5s", 500_000_000L, "500ms")]
    [InlineData("1.s", 1_000_000_000L, "1s")]
    public void Parses_and_formats_like_go(string text, long ns, string canonical)
    {
        Assert.Equal(ns, GoDuration.TryParse(text, out var error));
        Assert.Null(error);
        Assert.Equal(canonical, GoDuration.Format(ns));
    }

    [Theory]
    [InlineData(300, "300ms")]
    [InlineData(15_000, "15s")]
    [InlineData(1_500, "1.5s")]
    [InlineData(90_000, "1m30s")]
    public void A_time_span_reads_as_the_duration_a_user_would_pass_back(int milliseconds, string text)
    {
        // Timeouts in error messages are worded in the syntax the CLI's duration options accept.
        var span = TimeSpan.FromMilliseconds(milliseconds);
        Assert.Equal(text, GoDuration.Format(span));
        Assert.Equal(span.Ticks * 100, GoDuration.TryParse(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("1")]
    [InlineData("1x")]
    [InlineData("1.2.3s")]
    [InlineData(".s")]
    [InlineData("-")]
    [InlineData("1 s")]
    public void Rejects_what_go_rejects(string text)
    {
        Assert.Null(GoDuration.TryParse(text, out var error));
        Assert.NotNull(error);
    }
}
