using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Messages.Inbound;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost;

/// <summary>The background worker of a <see cref="ReplayHost"/>: executes the steps in order.</summary>
internal sealed class ReplayRunner(Transcript transcript, ReplayHostOptions options, TcpListener listener) : IAsyncDisposable
{
    private const int DefaultServerVersion = 200;

    private readonly IReadOnlyList<TranscriptStep> _steps = [.. transcript.Steps];
    private readonly Bindings _bindings = new();
    private readonly MessageEncoder _encoder = new();
    private readonly MessageDecoder _decoder = new(Direction.Client);
    private readonly ConnectionSlot _connection = new();

    public async Task<ReplayResult> RunAsync(CancellationToken stop)
    {
        var (played, failure) = await StepLoop.RunAsync(transcript, _steps, RunStepAsync, options.StepPlayed, _connection, "the host was disposed before the transcript was consumed", stop).ConfigureAwait(false);
        return new ReplayResult(failure is null, played, failure);
    }

    /// <summary>Runs the step at <paramref name="index"/>; returns how many steps it consumed.</summary>
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
                var message = Build(Direction.Server, server.Name, _bindings.ResolveObject(server.Body));
                await WriteFrameAsync(message, stop).ConfigureAwait(false);
                return 1;
            case MessageStep client:
                await ExpectClientAsync(client, stop).ConfigureAwait(false);
                return 1;
            case SplitStep split:
                await SplitAsync(split, stop).ConfigureAwait(false);
                return 1;
            case RawStep raw:
                await RawAsync(raw, stop).ConfigureAwait(false);
                return 1;
            case SleepStep sleep:
                await Task.Delay(sleep.Duration, options.TimeProvider, stop).ConfigureAwait(false);
                return 1;
            case DisconnectStep:
                await _connection.CloseAsync().ConfigureAwait(false);
                return 1;
            default:
                throw new StepFailedException($"unsupported step {_steps[index].GetType().Name}");
        }
    }

    private async Task<ReplayConnection> ConnectionAsync(string what, CancellationToken stop)
    {
        if (_connection.Current is { } open)
        {
            return open;
        }

        using var limit = Limit(stop);
        try
        {
            var socket = await listener.AcceptSocketAsync(limit.Token).ConfigureAwait(false);
            return _connection.Open(socket);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            throw new StepFailedException($"no client connection within {Seconds} for {what}");
        }
    }

    private async Task HandshakeAsync(HandshakeStep step, CancellationToken stop)
    {
        var connection = await ConnectionAsync("handshake", stop).ConfigureAwait(false);
        var body = _bindings.ResolveObject(step.Body);
        var info = new ServerInfo(
            body["server_version"] is JsonNode version ? ToInt(version, "server_version") : DefaultServerVersion,
            body["connection_time"] is JsonNode time ? Bindings.Text(time) : string.Empty);
        HandshakeRequest request;
        try
        {
            request = await HandshakeServer.AcceptAsync(connection.Input, connection.Output, _ => info, options.StepTimeout, options.TimeProvider, stop).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new StepFailedException($"the client did not complete the handshake within {Seconds}");
        }
        catch (ProtocolException e)
        {
            throw new StepFailedException($"handshake: {e.Message}");
        }

        if (step.Body["client_id"] is JsonValue clientId && TranscriptVocabulary.IsBinding(clientId))
        {
            _bindings.Set(clientId.GetValue<string>(), JsonValue.Create(request.ClientId));
        }
    }

    // §4.3: consecutive historical_bar steps with the same resolved req_id make one HISTORICAL_DATA frame; a
    // historical_bars_end right after the run is swallowed.
    private async Task<int> HistoricalBarsAsync(int index, CancellationToken stop)
    {
        var (bars, consumed) = HistoricalBarRun.At(_steps, index, _bindings);
        var data = (HistoricalData)Build(Direction.Server, bars[0].Name, _bindings.ResolveObject(bars[0].Body));
        foreach (var next in bars.Skip(1))
        {
            data.Bars.AddRange(((HistoricalData)Build(Direction.Server, next.Name, _bindings.ResolveObject(next.Body))).Bars);
        }

        await WriteFrameAsync(data, stop).ConfigureAwait(false);
        return consumed;
    }

    private async Task ExpectClientAsync(MessageStep step, CancellationToken stop)
    {
        var what = $"client {step.Name}";
        var resolution = TranscriptVocabulary.Resolve(Direction.Client, step.Name, step.Body);
        if (resolution.Descriptor is null || resolution.Problems.Count > 0)
        {
            throw new StepFailedException($"cannot resolve {what}: {string.Join("; ", resolution.Problems)}");
        }

        var connection = await ConnectionAsync(what, stop).ConfigureAwait(false);
        byte[] payload;
        using (var limit = Limit(stop))
        {
            payload = await connection.ExpectFrameAsync(limit, "client", what, stop).ConfigureAwait(false);
        }

        Message message;
        try
        {
            message = _decoder.Decode(payload);
        }
        catch (ProtocolException e)
        {
            throw new StepFailedException($"expected {what}, got an undecodable frame: {e.Message}");
        }

        var expected = resolution.Descriptor;
        if (message is UnknownMessage unknown)
        {
            throw new StepFailedException($"expected {what} ({expected.Name}, id {expected.Id}), got unknown message id {unknown.Id}");
        }

        if (message.Descriptor.Type != expected.Type)
        {
            throw new StepFailedException($"expected {what} ({expected.Name}, id {expected.Id}), got {message.Descriptor.Name} (id {message.Descriptor.Id})");
        }

        var problem = BodyMatcher.Match(resolution.Body, MessageJson.ToJson(message), _bindings);
        if (problem is not null)
        {
            throw new StepFailedException($"{what}: {problem}");
        }
    }

    private async Task SplitAsync(SplitStep step, CancellationToken stop)
    {
        var frame = FrameWriter.Frame(_encoder.Encode(Build(step.Direction, step.Name, _bindings.ResolveObject(step.Body))));
        var connection = await ConnectionAsync($"split {TranscriptLine.Keyword(step.Direction)} {step.Name}", stop).ConfigureAwait(false);
        if (step.Direction == Direction.Client)
        {
            await ExpectBytesAsync(connection, frame, $"split client {step.Name}", stop).ConfigureAwait(false);
            return;
        }

        await connection.WriteInPiecesAsync(frame, step.Sizes, stop).ConfigureAwait(false);
    }

    private async Task RawAsync(RawStep step, CancellationToken stop)
    {
        var bytes = step.Bytes.ToArray();
        var what = $"raw {TranscriptLine.Keyword(step.Direction)}";
        var connection = await ConnectionAsync(what, stop).ConfigureAwait(false);
        if (step.Direction == Direction.Server)
        {
            await connection.WriteAsync(bytes, stop).ConfigureAwait(false);
        }
        else
        {
            await ExpectBytesAsync(connection, bytes, what, stop).ConfigureAwait(false);
        }
    }

    private async Task ExpectBytesAsync(ReplayConnection connection, byte[] expected, string what, CancellationToken stop)
    {
        using var limit = Limit(stop);
        await connection.ExpectBytesAsync(expected, limit, "client", what, stop).ConfigureAwait(false);
    }

    private async Task WriteFrameAsync(Message message, CancellationToken stop)
    {
        var frame = FrameWriter.Frame(_encoder.Encode(message));
        var connection = await ConnectionAsync($"server {message.Descriptor.Name}", stop).ConfigureAwait(false);
        await connection.WriteAsync(frame, stop).ConfigureAwait(false);
    }

    private static Message Build(Direction direction, string name, JsonObject body)
    {
        var resolution = TranscriptVocabulary.Resolve(direction, name, body);
        if (resolution.Descriptor is null || resolution.Problems.Count > 0)
        {
            throw new StepFailedException($"cannot build {TranscriptLine.Keyword(direction)} {name}: {string.Join("; ", resolution.Problems)}");
        }

        return MessageJson.FromJson(resolution.Descriptor, resolution.Body);
    }

    private static int ToInt(JsonNode node, string key)
    {
        var text = Bindings.Text(node);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StepFailedException($"handshake: {key} {JsonSerializer.Serialize(text)} is not an integer");
    }

    private StepLimit Limit(CancellationToken stop) => new(options.StepTimeout, options.TimeProvider, stop);

    private string Seconds => GoDuration.Format(options.StepTimeout);

    /// <summary>Closes the connection if one is still open.</summary>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
