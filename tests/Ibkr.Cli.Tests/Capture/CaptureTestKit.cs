using System.Net;
using Ibkr.Cli.Capture.Recording;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Transcripts;

namespace Ibkr.Cli.Tests.Capture;

/// <summary>Shared pieces of the capture tests: the repository's transcripts, step counts, recorders in front of a port.</summary>
internal static class CaptureTestKit
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    /// <summary>A gateway's opening: handshake, managed accounts, next valid id.</summary>
    public const string Bootstrap = """
        handshake {"server_version":200,"connection_time":"20260406 09:25:01 US/Eastern"}
        server managed_accounts {"accounts":["DU0000001"]}
        server next_valid_id {"order_id":1}
        """;

    public static string TranscriptsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ibkr.Orleans.sln")))
                {
                    return Path.Combine(dir.FullName, "transcripts");
                }
            }

            throw new InvalidOperationException("repository root not found");
        }
    }

    public static Transcript Parse(string path, string text)
    {
        var parsed = TranscriptLint.Check(path, text);
        Assert.True(parsed.Problems.Count == 0, string.Join("\n", parsed.Problems));
        return parsed.Transcript;
    }

    public static Transcript Load(string path) => Parse(path, File.ReadAllText(path));

    /// <summary>Handshake, client and server steps (message, split and raw steps by direction).</summary>
    public static (int Handshakes, int Client, int Server) Counts(Transcript transcript)
    {
        var steps = transcript.Steps.ToList();
        int Of(Direction d) => steps.Count(s => s switch
        {
            MessageStep m => m.Direction == d,
            SplitStep sp => sp.Direction == d,
            RawStep r => r.Direction == d,
            _ => false,
        });
        return (steps.OfType<HandshakeStep>().Count(), Of(Direction.Client), Of(Direction.Server));
    }

    /// <summary>
    /// <c>ibkr normalize --transcript-out</c> on a capture directory, then <c>ibkr lint</c> and <c>ibkr selfplay</c> on
    /// the transcript: each must pass; returns the parsed transcript.
    /// </summary>
    public static Transcript NormalizeLintAndSelfPlay(string captureDirectory, string transcriptOut)
    {
        var (normalizeExit, normalizeOut, normalizeError) = Cli.Run(string.Empty, "normalize", captureDirectory, "--transcript-out", transcriptOut);
        Assert.True(normalizeExit == 0, normalizeOut + normalizeError);
        var (lintExit, lintOut, _) = Cli.Run(string.Empty, "lint", transcriptOut);
        Assert.True(lintExit == 0, lintOut + File.ReadAllText(transcriptOut));
        var (selfExit, selfOut, _) = Cli.Run(string.Empty, "selfplay", transcriptOut, "--timeout", "10s");
        Assert.True(selfExit == 0, selfOut + File.ReadAllText(transcriptOut));
        return Load(transcriptOut);
    }

    public static Recorder Record(string root, int upstreamPort, string scenario = "play", int maxLegs = 1) => Recorder.Start(new RecorderOptions
    {
        Listen = new IPEndPoint(IPAddress.Loopback, 0),
        UpstreamHost = "127.0.0.1",
        UpstreamPort = upstreamPort,
        OutputRoot = root,
        Scenario = scenario,
        MaxLegs = maxLegs,
        IdleTimeout = Bound,
        Timeout = TimeSpan.FromMinutes(2),
    });
}
