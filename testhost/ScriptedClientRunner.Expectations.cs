using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost;

/// <summary>The server side as the script expects it: frames read within the step bound, decoded and compared.</summary>
internal sealed partial class ScriptedClientRunner
{
    /// <summary>The expected server message of a step: its type and body in our vocabulary, bindings substituted.</summary>
    private (MessageDescriptor Descriptor, JsonObject Body) Expected(string name, JsonObject body)
    {
        var resolution = TranscriptVocabulary.Resolve(Direction.Server, name, _bindings.ResolveObject(body));
        if (resolution.Descriptor is null || resolution.Problems.Count > 0)
        {
            throw new StepFailedException($"cannot resolve server {name}: {string.Join("; ", resolution.Problems)}");
        }

        return (resolution.Descriptor, resolution.Body);
    }

    // Consecutive historical_bar steps with one req_id arrive as one HISTORICAL_DATA frame with that many bars.
    private async Task<int> HistoricalBarsAsync(int index, CancellationToken stop)
    {
        var (steps, consumed) = HistoricalBarRun.At(_steps, index, _bindings);
        var (descriptor, body) = Expected(steps[0].Name, steps[0].Body);
        var bars = body["bars"]!.AsArray();
        foreach (var next in steps.Skip(1))
        {
            foreach (var bar in Expected(next.Name, next.Body).Body["bars"]!.AsArray())
            {
                bars.Add(bar?.DeepClone());
            }
        }

        await ExpectServerAsync($"server historical_bar ×{bars.Count}", (descriptor, body), stop).ConfigureAwait(false);
        return consumed;
    }

    private async Task ExpectServerAsync(string what, (MessageDescriptor Descriptor, JsonObject Body) expected, CancellationToken stop)
    {
        var payload = await ReadFrameAsync(what, stop).ConfigureAwait(false);
        var message = Decode(payload, what);
        if (message is UnknownMessage unknown)
        {
            throw new StepFailedException($"expected {what} ({expected.Descriptor.Name}, id {expected.Descriptor.Id}), got unknown message id {unknown.Id}");
        }

        if (message.Descriptor.Type != expected.Descriptor.Type)
        {
            throw new StepFailedException($"expected {what} ({expected.Descriptor.Name}, id {expected.Descriptor.Id}), got {message.Descriptor.Name} (id {message.Descriptor.Id})");
        }

        var problem = BodyMatcher.Match(expected.Body, MessageJson.ToJson(message), _bindings);
        if (problem is not null)
        {
            throw new StepFailedException($"{what}: {problem}");
        }
    }

    private Message Decode(byte[] payload, string what)
    {
        try
        {
            return _decoder.Decode(payload);
        }
        catch (ProtocolException e)
        {
            throw new StepFailedException($"expected {what}, got an undecodable frame: {e.Message}");
        }
    }

    // Raw server bytes: whatever frames they hold, compared decoded; a trailing partial frame byte for byte.
    private async Task ExpectRawAsync(RawStep step, CancellationToken stop)
    {
        ReadOnlySpan<byte> rest = step.Bytes.ToArray();
        var frames = new List<byte[]>();
        while (FrameReader.TryReadFrame(ref rest, out var payload))
        {
            frames.Add(payload.ToArray());
        }

        var tail = rest.ToArray();
        for (var i = 0; i < frames.Count; i++)
        {
            var what = $"raw server frame {i + 1} of {frames.Count}";
            var actual = await ReadFrameAsync(what, stop).ConfigureAwait(false);
            var want = Render(frames[i]);
            var got = Render(actual);
            if (want != got)
            {
                throw new StepFailedException($"{what}: expected {want}, got {got}");
            }
        }

        if (tail.Length > 0)
        {
            var connection = await ConnectionAsync("raw server", stop).ConfigureAwait(false);
            using var limit = ReadLimit(stop);
            await connection.ExpectBytesAsync(tail, limit, "server", "raw server", stop).ConfigureAwait(false);
        }
    }

    private string Render(byte[] payload)
    {
        try
        {
            var message = _decoder.Decode(payload);
            return message is UnknownMessage
                ? $"unknown {MessageJson.Serialize(MessageJson.ToJson(message))}"
                : $"{message.Descriptor.Name} {MessageJson.Serialize(MessageJson.ToJson(message))}";
        }
        catch (ProtocolException)
        {
            return $"undecodable payload {Convert.ToHexString(payload)}";
        }
    }

    private async Task<byte[]> ReadFrameAsync(string what, CancellationToken stop)
    {
        var connection = await ConnectionAsync(what, stop).ConfigureAwait(false);
        using var limit = ReadLimit(stop);
        return await connection.ExpectFrameAsync(limit, "server", what, stop).ConfigureAwait(false);
    }

    private StepLimit ReadLimit(CancellationToken stop)
    {
        var limit = new StepLimit(_options.StepTimeout + _slept, TimeProvider.System, stop);
        _slept = TimeSpan.Zero;
        return limit;
    }

    private async Task ExpectCloseAsync(CancellationToken stop)
    {
        var connection = _connection.Current ?? throw new StepFailedException("disconnect with no open connection");
        byte[]? payload;
        using (var limit = ReadLimit(stop))
        {
            try
            {
                payload = await connection.ReadFrameAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                throw new StepFailedException("the server did not close the connection within the timeout");
            }
            catch (Exception e) when (e is IOException or SocketException or StepFailedException)
            {
                payload = null;
            }
        }

        if (payload is not null)
        {
            throw new StepFailedException($"expected the server to close the connection, got {Render(payload)}");
        }

        await _connection.CloseAsync().ConfigureAwait(false);
    }

    private static int ToInt(JsonNode? node, string key)
    {
        var text = Bindings.Text(node);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StepFailedException($"handshake: {key} {JsonSerializer.Serialize(text)} is not an integer");
    }
}
