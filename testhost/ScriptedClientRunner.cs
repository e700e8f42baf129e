using System.Net.Sockets;
using System.Text.Json.Nodes;
using Ibkr.Protocol.Json;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;
using Ibkr.Protocol.Transport;
using Ibkr.Protocol.Wire;

namespace Ibkr.TestHost;

/// <summary>One run of a <see cref="ScriptedClient"/>.</summary>
internal sealed partial class ScriptedClientRunner : IAsyncDisposable
{
    private readonly Transcript _transcript;
    private readonly string _host;
    private readonly int _port;
    private readonly ScriptedClientOptions _options;
    private readonly IReadOnlyList<TranscriptStep> _steps;
    private readonly Bindings _bindings = new();
    private readonly MessageEncoder _encoder = new();
    private readonly MessageDecoder _decoder = new(Direction.Server);
    private readonly ConnectionSlot _connection = new();
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

    public async Task<ScriptedClientResult> RunAsync(CancellationToken stop)
    {
        var (played, failure) = await StepLoop.RunAsync(_transcript, _steps, RunStepAsync, _options.StepPlayed, _connection, "the client was stopped before the transcript was played", stop).ConfigureAwait(false);
        return new ScriptedClientResult(failure is null, played, failure);
    }

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
        if (_connection.Current is { } open)
        {
            return Task.FromResult(open);
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
            throw new StepFailedException($"could not connect to {_host}:{_port} within {GoDuration.Format(_options.StepTimeout)}");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new StepFailedException($"could not connect to {_host}:{_port}: {e.Message}");
        }

        return _connection.Open(socket);
    }

    private async Task HandshakeAsync(HandshakeStep step, CancellationToken stop)
    {
        if (_connection.Current is not null)
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
        await connection.WriteInPiecesAsync(frame, step.Sizes, stop).ConfigureAwait(false);
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

    /// <summary>Closes the connection if one is still open.</summary>
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
