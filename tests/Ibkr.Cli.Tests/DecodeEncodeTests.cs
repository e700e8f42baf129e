namespace Ibkr.Cli.Tests;

public class DecodeEncodeTests
{
    [Fact]
    public void Decode_prints_the_transcript_line_of_a_payload()
    {
        var payload = Convert.ToBase64String("1\06\01001\01\0189.10\0100\00\0"u8.ToArray());
        var (exit, output, _) = Cli.Run(payload + "\n", "decode");
        Assert.Equal(0, exit);
        Assert.Equal("""server tick_price {"req_id":1001,"field":1,"price":"189.10","size":"100","attr_mask":0}""", output.Trim());
    }

    [Fact]
    public void Decode_reads_hex_too()
    {
        var (exit, output, _) = Cli.Run("39 00 31 00 37 00\n", "decode", "--hex");
        Assert.Equal(0, exit);
        Assert.Equal("""server next_valid_id {"order_id":7}""", output.Trim());
    }

    [Fact]
    public void One_frame_holding_several_logical_messages_prints_several_lines()
    {
        var payload = Convert.ToBase64String("17\03\01\020260409\01\02\00.5\01.5\010\01.2\04\0"u8.ToArray());
        var (exit, output, _) = Cli.Run(payload, "decode");
        Assert.Equal(0, exit);
        Assert.Equal(
            [
                """server historical_bar {"req_id":3,"time":"20260409","open":"1","high":"2","low":"0.5","close":"1.5","volume":"10","wap":"1.2","count":4}""",
                """server historical_bars_end {"req_id":3}""",
            ],
            Cli.Lines(output));
    }

    [Fact]
    public void The_handshake_payloads_decode_to_their_transcript_forms()
    {
        var info = Convert.ToBase64String("200\020260405 23:49:26 CET\0"u8.ToArray());
        var range = Convert.ToBase64String("v100..200"u8.ToArray());
        Assert.Equal("""handshake {"server_version":200,"connection_time":"20260405 23:49:26 CET"}""", Cli.Run(info, "decode").Out.Trim());
        Assert.Equal("""client version_range {"min_version":100,"max_version":200}""", Cli.Run(range, "decode", "--direction", "client").Out.Trim());
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_number_and_decoding_goes_on()
    {
        var good = Convert.ToBase64String("9\01\07\0"u8.ToArray());
        var bad = Convert.ToBase64String("1\06\0x\0"u8.ToArray());
        var (exit, output, error) = Cli.Run($"{good}\n{bad}\nnot base64!\n{good}\n", "decode");
        Assert.Equal(1, exit);
        Assert.Equal(
            [
                """server next_valid_id {"order_id":7}""",
                """error: line 2: message 1, field 2: req_id: not a valid integer: "x" """.TrimEnd(),
                "error: line 3: not valid base64",
                """server next_valid_id {"order_id":7}""",
            ],
            Cli.Lines(output));
        Assert.Empty(error);
    }

    [Fact]
    public void Encode_then_decode_gives_the_same_line()
    {
        const string line = """server tick_price {"req_id":5,"field":2,"price":"101.25","size":"","attr_mask":1}""";
        var (exit, encoded, _) = Cli.Run(line, "encode");
        Assert.Equal(0, exit);
        Assert.Equal(line, Cli.Run(encoded, "decode").Out.Trim());
    }

    [Fact]
    public void Encode_reports_unknown_names_and_bad_values_by_line()
    {
        var (exit, output, _) = Cli.Run(
            """
            server no_such_message {}
            server tick_price {"req_id":"abc"}
            server tick_price {"req_id":1}
            """,
            "encode");
        Assert.Equal(1, exit);
        var lines = Cli.Lines(output);
        Assert.Equal("error: line 1: unknown server message \"no_such_message\"", lines[0]);
        Assert.Equal("error: line 2: key \"req_id\": expected an integer, got \"abc\"", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Bad_usage_exits_2_with_one_line()
    {
        var (exit, _, error) = Cli.Run(string.Empty, "decode", "--no-such-flag");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5\u00001\u0000", "client req_open_orders {\"scope\":\"client\"}")]
    [InlineData("15\u00001\u00001\u0000", "client req_open_orders {\"scope\":\"auto\"}")]
    [InlineData("15\u00001\u00000\u0000", "client cancel_open_orders {}")]
    [InlineData("16\u00001\u0000", "client req_open_orders {\"scope\":\"all\"}")]
    public void Open_order_requests_read_in_the_corpus_vocabulary(string payload, string line)
    {
        var (exit, output, _) = Cli.Run(Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(payload)), "decode", "--direction", "client");
        Assert.Equal(0, exit);
        Assert.Equal(line, output.Trim());
    }
}
