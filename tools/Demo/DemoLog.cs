using System.Diagnostics;
using System.Globalization;

namespace Ibkr.Cli.Demo;

/// <summary>
/// The demo's live view: one line per step as it finishes, indented detail lines as things happen, and a closing
/// line. Plain text, so it reads the same on a terminal and in a log.
/// </summary>
internal sealed class DemoLog(TextWriter output, int steps)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _step;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Note(string text) => Write($"  {Stamp()} {text}");

    public void Step(string title, string result) => Write($"[{++_step}/{steps}] {title}: {result}");

    public void Failed(string title, string reason) => Write($"[{++_step}/{steps}] {title}: FAILED: {reason}");

    public void Line(string text) => Write(text);

    private string Stamp() => _clock.Elapsed.TotalSeconds.ToString("00.0", CultureInfo.InvariantCulture) + "s";

    private void Write(string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}
