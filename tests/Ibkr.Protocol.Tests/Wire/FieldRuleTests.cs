using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Tests.Support;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Tests.Wire;

/// <summary>The per-field rules: zero is a value versus empty means unset, sentinels, escapes.</summary>
public class FieldRuleTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-1", -1)]
    [InlineData("+3", 3)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Longs_parse_with_sign(string text, long expected)
    {
        Assert.True(WireText.TryParseLong(System.Text.Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1.0")]
    [InlineData("12a")]
    [InlineData("9223372036854775808")]
    [InlineData(" 1")]
    public void Non_integers_are_refused(string text) =>
        Assert.False(WireText.TryParseLong(System.Text.Encoding.ASCII.GetBytes(text), out _));

    [Theory]
    [InlineData("189.10", "189.10")]
    [InlineData("0.0", "0.0")]
    [InlineData("-0.05", "-0.05")]
    [InlineData("1.0E-4", "0.00010")]
    [InlineData("2.5E3", "2500")]
    [InlineData("123456789012345678901234", "123456789012345678901234")]
    public void Decimals_parse_exactly(string text, string expected)
    {
        Assert.True(WireText.TryParseDecimal(System.Text.Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Plain_decimals_keep_their_scale_on_the_way_back_out()
    {
        var tick = WireVectors.DecodeServer<TickPrice>("1|6|1|4|100.50|0|0|");
        Assert.Equal("1|6|1|4|100.50|0|0|", WireVectors.Encode(tick));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.7976931348623157E308")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("2147483647")]
    public void Unset_sentinels_read_as_null(string size) =>
        Assert.Null(WireVectors.DecodeServer<TickSize>($"2|6|1|0|{size}|").Size);

    [Fact]
    public void Null_is_written_as_an_empty_field_and_zero_as_zero()
    {
        Assert.Equal("2|6|1|0||", WireVectors.Encode(new TickSize { ReqId = 1, Size = null }));
        Assert.Equal("2|6|1|0|0|", WireVectors.Encode(new TickSize { ReqId = 1, Size = 0m }));
    }

    [Fact]
    public void Error_text_escapes_are_decoded_and_written_back()
    {
        var error = WireVectors.DecodeServer<ApiError>(@"4|7|201|Ordre refus\u00e9|{}|1775425766350|");
        Assert.Equal("Ordre refusé", error.Message);
        Assert.Equal(@"4|7|201|Ordre refus\u00e9|{}|1775425766350|", WireVectors.Encode(error));
    }

    [Fact]
    public void A_backslash_u_that_is_not_an_escape_is_kept()
    {
        var error = WireVectors.DecodeServer<ApiError>(@"4|7|201|path C:\users\x|||");
        Assert.Equal(@"path C:\users\x", error.Message);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void Booleans_accept_digits_and_words(string text, bool expected)
    {
        Assert.True(WireText.TryParseBool(System.Text.Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Text_with_a_nul_character_cannot_be_encoded()
    {
        var error = Assert.Throws<ProtocolException>(() => new MessageEncoder().Encode(new ApiError { Message = "a\0b" }));
        Assert.Contains("message: text contains a NUL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Managed_accounts_are_one_comma_joined_field()
    {
        var accounts = WireVectors.DecodeServer<ManagedAccounts>("15|1|DU0000001,DU0000002,|");
        Assert.Equal(["DU0000001", "DU0000002"], accounts.Accounts);
        Assert.Equal("15|1|DU0000001,DU0000002|", WireVectors.Encode(accounts));
    }

    [Fact]
    public void An_unknown_message_id_is_surfaced_with_its_fields()
    {
        var unknown = Assert.IsType<UnknownMessage>(new MessageDecoder(Direction.Server).Decode(WireVectors.Payload("999|a||b|")));
        Assert.Equal(999, unknown.Id);
        Assert.Equal(["a", string.Empty, "b"], unknown.Fields);
        Assert.Equal("999|a||b|", WireVectors.Encode(unknown));
    }

    [Fact]
    public void An_unset_strike_goes_out_empty_and_a_zero_strike_as_zero()
    {
        var unset = WireVectors.DecodeClient<Ibkr.Protocol.Messages.Outbound.ReqMktData>("1|11|7|265598|AAPL|STK|||||SMART|NASDAQ|USD|AAPL|NMS|0|233|0|0||");
        Assert.Null(unset.Contract.Strike);
        Assert.Equal("1|11|7|265598|AAPL|STK|||||SMART|NASDAQ|USD|AAPL|NMS|0|233|0|0||", WireVectors.Encode(unset));
        unset.Contract.Strike = 0m;
        Assert.Equal("1|11|7|265598|AAPL|STK||0|||SMART|NASDAQ|USD|AAPL|NMS|0|233|0|0||", WireVectors.Encode(unset));
    }
}
