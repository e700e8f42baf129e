using System.Text.Json.Nodes;
using Ibkr.Cli;

namespace Ibkr.Conformance.Tests;

/// <summary>
/// Every payload of <c>../shared/protocol/golden-wire.jsonl</c> (captured from a live Gateway) goes
/// through <c>ibkr decode</c> and must give every value the line expects.
/// </summary>
public class GoldenWireTests
{
    public static TheoryData<int, string> Lines()
    {
        var data = new TheoryData<int, string>();
        if (SharedReference.Root is null)
        {
            data.Add(0, "(../shared missing)");
            return data;
        }

        var number = 0;
        foreach (var line in File.ReadLines(SharedReference.GoldenWire))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                data.Add(number, JsonNode.Parse(line)!["message"]!.GetValue<string>());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Golden_payload_decodes_to_its_expected_values(int line, string message)
    {
        SharedReference.Require();
        var golden = JsonNode.Parse(File.ReadLines(SharedReference.GoldenWire).ElementAt(line - 1))!.AsObject();
        var direction = golden["direction"]!.GetValue<string>();
        var payload = Convert.FromBase64String(golden["payload_b64"]!.GetValue<string>());
        var names = new[] { message, golden["decodes_as"]?.GetValue<string>() ?? message };

        var decoded = Decode(direction, golden["payload_b64"]!.GetValue<string>());
        var expect = golden["expect"]!.AsObject().DeepClone().AsObject();

        CheckRawHeader(expect, payload);
        if (expect.Remove("messages.length", out var count))
        {
            Assert.Equal(count!.GetValue<int>(), decoded.Count);
        }

        foreach (var key in expect.Select(p => p.Key).Where(k => k.StartsWith("messages[", StringComparison.Ordinal)).ToList())
        {
            var index = int.Parse(key["messages[".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            var expected = expect[key]!.AsObject().DeepClone().AsObject();
            expected.Remove("message", out var name);
            Assert.Equal(name!.GetValue<string>(), decoded[index].Name);
            ExpectedValues.AssertMatch(expected, decoded[index].Body, $"{key}.");
            expect.Remove(key);
        }

        var first = Assert.Single(decoded.Take(1));
        if (decoded.Count == 1)
        {
            Assert.Contains(first.Name, names);
        }

        AssertExpectation(expect, first.Body);
    }

    private static List<(string Name, JsonObject Body)> Decode(string direction, string base64)
    {
        using var stdin = new StringReader(base64);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["decode", "--direction", direction], new CliConsole(stdin, stdout, stderr));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exit == 0, $"ibkr decode failed: {stdout}{stderr}");
        return [.. lines.Select(Parse)];
    }

    private static (string Name, JsonObject Body) Parse(string line)
    {
        // "server NAME {json}", "client NAME {json}" or "handshake {json}".
        var parts = line.Split(' ', 3);
        return parts[0] == "handshake"
            ? ("server_info", JsonNode.Parse(line["handshake ".Length..])!.AsObject())
            : (parts[1], JsonNode.Parse(parts[2])!.AsObject());
    }

    /// <summary>msg_id and version are wire fields 0 and 1, not transcript keys.</summary>
    private static void CheckRawHeader(JsonObject expect, byte[] payload)
    {
        var fields = System.Text.Encoding.UTF8.GetString(payload).Split('\0');
        if (expect.Remove("msg_id", out var id))
        {
            Assert.Equal(id!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture), fields[0]);
        }

        if (expect.Remove("version", out var version))
        {
            Assert.Equal(version!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture), fields[1]);
        }
    }

    /// <summary>
    /// Checks an expectation object whose keys may address arrays: <c>"sessions.length": 21</c>,
    /// <c>"sessions[0]": {...}</c>.
    /// </summary>
    private static void AssertExpectation(JsonObject expect, JsonObject actual)
    {
        foreach (var (key, value) in expect)
        {
            var bracket = key.IndexOf('[', StringComparison.Ordinal);
            if (key.EndsWith(".length", StringComparison.Ordinal))
            {
                var array = Assert.IsType<JsonArray>(actual[key[..^".length".Length]]);
                Assert.Equal(value!.GetValue<int>(), array.Count);
            }
            else if (bracket > 0 && key.EndsWith(']'))
            {
                var array = Assert.IsType<JsonArray>(actual[key[..bracket]]);
                var index = int.Parse(key[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                ExpectedValues.AssertMatch(value, array[index], key + ".");
            }
            else
            {
                Assert.True(actual.TryGetPropertyValue(key, out var got), $"{key}: missing in {actual.ToJsonString()}");
                ExpectedValues.AssertMatch(value, got, key + ".");
            }
        }
    }
}
