using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost;

/// <summary>
/// Plays the client side of a transcript against a gateway address: performs each handshake (a new connection
/// after every <c>disconnect</c>; like any API client it connects only to perform a handshake), sends the client steps encoded with the production codec (unbound
/// <c>$name</c>s get concrete values: integers 1, 2, 3… in order of first use, otherwise the name without
/// <c>$</c>), and checks that every server step it receives decodes to what the script says (the replay host's
/// matching rules: partial objects, exact arrays, text-compared strings). Stops at the first difference.
/// </summary>
public static class ScriptedClient
{
    /// <summary>Plays <paramref name="transcript"/>'s client side against <paramref name="host"/>:<paramref name="port"/>. Never throws for a failed run.</summary>
    public static async Task<ScriptedClientResult> RunAsync(Transcript transcript, string host, int port, ScriptedClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(host);
        await using var runner = new ScriptedClientRunner(transcript, host, port, options ?? new ScriptedClientOptions());
        return await runner.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One run of a <see cref="ScriptedClient"/>.</summary>
internal sealed class ScriptedClientRunner : IAsyncDisposable
{
    private readonly Transcript _transcript;
    private readonly string _host;
    private readonly int _port;
    private readonly ScriptedClientOptions _options;
    private readonly IReadOnlyList<TranscriptStep> _steps;
    private readonly Bindings _bindings = new();
    private readonly MessageEncoder _encoder = new();
    private readonly MessageDecoder _decoder = new(Direction.Server);
    private ReplayConnection? _connection;
    private int? _closedAtLine;
    private TimeSpan _slept;
    private int _nextInt = 1;

    public ScriptedClientRunner(Transcript transcript, string host, int port, ScriptedClientOptions options)
    {
        _transcript = transcript;
        _host = host;
        _port = port;
        _options = options;
        _steps = [.. transcript.Steps];
    }

    private static string Seconds(TimeSpan timeout) => GoDuration.Format(timeout);

    public async Task<ScriptedClientResult> RunAsync(CancellationToken stop)
    {
        var played = 0;
        var line = 0;
        try
        {
            var index = 0;
            while (index < _steps.Count)
            {
                line = _steps[index].Line;
                var consumed = await RunStepAsync(index, stop).ConfigureAwait(false);
                for (var i = 0; i < consumed; i++)
                {
                    _options.StepPlayed?.Invoke(_steps[index + i]);
                }

                index += consumed;
                played += consumed;
            }

            await CloseAsync().ConfigureAwait(false);
            return new ScriptedClientResult(true, played, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var reason = stop.IsCancellationRequested ? "the client was stopped before the transcript was played" : Reason(e);
            await CloseQuietlyAsync().ConfigureAwait(false);
            return new ScriptedClientResult(false, played, new ReplayFailure(_transcript.Path, line, reason));
        }
    }

    private static string Reason(Exception e) => e switch
    {
        StepFailedException => e.Message,
        GatewayConnectException => $"handshake: {e.Message}",
        ProtocolException => $"protocol error: {e.Message}",
        JsonMappingException => $"cannot build the message: {e.Message}",
        IOException or SocketException => $"connection error: {e.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private async Task<int> RunStepAsync(int index, CancellationToken stop)
    {
        switch (_steps[index])
        {
            case HandshakeStep handshake:
                await HandshakeAsync(handshake, stop).ConfigureAwait(false);
                return 1;
            case MessageStep { Direction: Direction.Server, Name: "historical_bar" }:
                return await HistoricalBarsAsync(index, stop).ConfigureAwait(false);
            case MessageStep { Direction: Direction.Server } server:
                await ExpectServerAsync($"server {server.Name}", Expected(server.Name, server.Body), stop).ConfigureAwait(false);
                return 1;
            case MessageStep client:
                await SendAsync(client, stop).ConfigureAwait(false);
                return 1;
            case SplitStep { Direction: Direction.Server } split:
                // Chunking is invisible to a reader: one frame.
                await ExpectServerAsync($"split server {split.Name}", Expected(split.Name, split.Body), stop).ConfigureAwait(false);
                return 1;
            case SplitStep split:
                await SendSplitAsync(split, stop).ConfigureAwait(false);
                return 1;
            case RawStep { Direction: Direction.Server } raw:
                await ExpectRawAsync(raw, stop).ConfigureAwait(false);
                return 1;
            case RawStep raw:
                var connection = await ConnectionAsync("raw client", stop).ConfigureAwait(false);
                await connection.WriteAsync(raw.Bytes.ToArray(), stop).ConfigureAwait(false);
                return 1;
            case SleepStep sleep:
                // The gateway sleeps; the next read may take that much longer.
                _slept += sleep.Duration;
                return 1;
            case DisconnectStep disconnect:
                await ExpectCloseAsync(stop).ConfigureAwait(false);
                _closedAtLine = disconnect.Line;
                return 1;
            default:
                throw new StepFailedException($"unsupported step {_steps[index].GetType().Name}");
        }
    }

    /// <summary>
    /// The open connection for a step that is not a handshake. Like every API client, the scripted client
    /// connects only to perform a handshake, so a client step the script puts before its first handshake or
    /// after a <c>disconnect</c> with no handshake in between is never sent: the run fails at that step.
    /// </summary>
    private Task<ReplayConnection> ConnectionAsync(string what, CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        if (_connection is not null)
        {
            return Task.FromResult(_connection);
        }

        var why = _closedAtLine is { } closed
            ? $"the disconnect at line {closed} closed the connection and no handshake step reopens it"
            : "no handshake step comes before it";
        throw new StepFailedException($"{what}: this step never reaches the gateway: {why} (an API client connects only with a handshake)");
    }

    private async Task<ReplayConnection> OpenAsync(CancellationToken stop)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        using var limit = new StepLimit(_options.StepTimeout, TimeProvider.System, stop);
        try
        {
            await socket.ConnectAsync(_host, _port, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            socket.Dispose();
            throw new StepFailedException($"could not connect to {_host}:{_port} within {Seconds(_options.StepTimeout)}");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new StepFailedException($"could not connect to {_host}:{_port}: {e.Message}");
        }

        _connection = new ReplayConnection(socket);
        return _connection;
    }

    private async Task HandshakeAsync(HandshakeStep step, CancellationToken stop)
    {
        if (_connection is not null)
        {
            throw new StepFailedException("handshake on an open connection (a disconnect step must come first)");
        }

        var body = step.Body;
        var clientId = 0;
        if (body["client_id"] is JsonNode id)
        {
            if (TranscriptVocabulary.IsBinding(id))
            {
                var name = id.GetValue<string>();
                if (!_bindings.TryGet(name, out var bound))
                {
                    bound = JsonValue.Create(_nextInt++);
                    _bindings.Set(name, bound);
                }

                clientId = ToInt(bound, "client_id");
            }
            else
            {
                clientId = ToInt(id, "client_id");
            }
        }

        var connection = await OpenAsync(stop).ConfigureAwait(false);
        var options = new GatewayLegOptions
        {
            Host = _host,
            Port = _port,
            ClientId = clientId,
            Versions = new VersionRange(200, 200),
            HandshakeTimeout = _options.StepTimeout + _slept,
        };
        _slept = TimeSpan.Zero;
        var info = await HandshakeClient.RunAsync(connection.Input, connection.Output, options, TimeProvider.System, stop).ConfigureAwait(false);
        var expected = new JsonObject();
        foreach (var key in (string[])["server_version", "connection_time"])
        {
            if (body[key] is JsonNode value)
            {
                expected[key] = value.DeepClone();
            }
        }

        var actual = new JsonObject { ["server_version"] = info.ServerVersion, ["connection_time"] = info.ConnectionTime };
        var problem = BodyMatcher.Match(expected, actual, _bindings);
        if (problem is not null)
        {
            throw new StepFailedException($"handshake: {problem}");
        }
    }

    private async Task SendAsync(MessageStep step, CancellationToken stop)
    {
        var message = BuildClient(step.Name, step.Body);
        var connection = await ConnectionAsync($"client {step.Name}", stop).ConfigureAwait(false);
        await connection.WriteAsync(FrameWriter.Frame(_encoder.Encode(message)), stop).ConfigureAwait(false);
    }

    private async Task SendSplitAsync(SplitStep step, CancellationToken stop)
    {
        var frame = FrameWriter.Frame(_encoder.Encode(BuildClient(step.Name, step.Body)));
        var connection = await ConnectionAsync($"split client {step.Name}", stop).ConfigureAwait(false);
        var offset = 0;
        foreach (var size in step.Sizes)
        {
            if (offset >= frame.Length)
            {
                break;
            }

            var length = Math.Min(size, frame.Length - offset);
            await connection.WriteAsync(frame.AsMemory(offset, length), stop).ConfigureAwait(false);
            offset += length;
        }

        if (offset < frame.Length)
        {
            await connection.WriteAsync(frame.AsMemory(offset), stop).ConfigureAwait(false);
        }
    }

    /// <summary>Binds every new <c>$name</c> of a client body to a concrete value, then builds the message.</summary>
    private Message BuildClient(string name, JsonObject body)
    {
        var what = $"client {name}";
        foreach (var binding in Unbound(body).Distinct(StringComparer.Ordinal).ToList())
        {
            _bindings.Set(binding, JsonValue.Create(_nextInt));
            if (TranscriptVocabulary.Resolve(Direction.Client, name, _bindings.ResolveObject(body)).Problems.Count == 0)
            {
                _nextInt++;
            }
            else
            {
                _bindings.Set(binding, JsonValue.Create(binding[1..]));
            }
        }

        var resolution = TranscriptVocabulary.Resolve(Direction.Client, name, _bindings.ResolveObject(body));
        if (resolution.Descriptor is null || resolution.Problems.Count > 0)
        {
            throw new StepFailedException($"cannot build {what}: {string.Join("; ", resolution.Problems)}");
        }

        return MessageJson.FromJson(resolution.Descriptor, resolution.Body);
    }

    private IEnumerable<string> Unbound(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                return obj.SelectMany(p => Unbound(p.Value));
            case JsonArray array:
                return array.SelectMany(Unbound);
            default:
                return TranscriptVocabulary.IsBinding(node) && !_bindings.TryGet(node!.GetValue<string>(), out _)
                    ? [node.GetValue<string>()]
                    : [];
        }
    }

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

    // Consecutive historical_bar steps with the same req_id arrive as one HISTORICAL_DATA frame with that many
    // bars; a historical_bars_end right after them reads nothing.
    private async Task<int> HistoricalBarsAsync(int index, CancellationToken stop)
    {
        var first = (MessageStep)_steps[index];
        var (descriptor, body) = Expected(first.Name, first.Body);
        var reqId = Bindings.Text(body["req_id"]);
        var bars = body["bars"]!.AsArray();
        var consumed = 1;
        while (index + consumed < _steps.Count
            && _steps[index + consumed] is MessageStep { Direction: Direction.Server, Name: "historical_bar" } next)
        {
            var (_, nextBody) = Expected(next.Name, next.Body);
            if (Bindings.Text(nextBody["req_id"]) != reqId)
            {
                break;
            }

            foreach (var bar in nextBody["bars"]!.AsArray())
            {
                bars.Add(bar?.DeepClone());
            }

            consumed++;
        }

        if (index + consumed < _steps.Count
            && _steps[index + consumed] is MessageStep { Direction: Direction.Server, Name: "historical_bars_end" })
        {
            consumed++;
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
            byte[] actual;
            using (var limit = ReadLimit(stop))
            {
                try
                {
                    actual = await connection.ReadExactAsync(tail.Length, limit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    throw new StepFailedException($"no {tail.Length} raw server bytes within the timeout");
                }
            }

            if (!actual.AsSpan().SequenceEqual(tail))
            {
                throw new StepFailedException($"raw server: expected bytes {Convert.ToHexString(tail)}, got {Convert.ToHexString(actual)}");
            }
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
        var timeout = _options.StepTimeout + _slept;
        byte[]? payload;
        using (var limit = ReadLimit(stop))
        {
            try
            {
                payload = await connection.ReadFrameAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                throw new StepFailedException($"no server frame within {Seconds(timeout)} for {what}");
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                throw new StepFailedException($"the server closed the connection ({e.Message}); expected {what}");
            }
        }

        return payload ?? throw new StepFailedException($"the server closed the connection; expected {what}");
    }

    private StepLimit ReadLimit(CancellationToken stop)
    {
        var limit = new StepLimit(_options.StepTimeout + _slept, TimeProvider.System, stop);
        _slept = TimeSpan.Zero;
        return limit;
    }

    private async Task ExpectCloseAsync(CancellationToken stop)
    {
        var connection = _connection ?? throw new StepFailedException("disconnect with no open connection");
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

        await CloseAsync().ConfigureAwait(false);
    }

    private static int ToInt(JsonNode? node, string key)
    {
        var text = Bindings.Text(node);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StepFailedException($"handshake: {key} {JsonSerializer.Serialize(text)} is not an integer");
    }

    private async Task CloseAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync() => await CloseQuietlyAsync().ConfigureAwait(false);

    private async Task CloseQuietlyAsync()
    {
        try
        {
            await CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }
    }
}
