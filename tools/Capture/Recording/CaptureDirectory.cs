using System.Globalization;
using System.Text;

namespace Ibkr.Cli.Capture.Recording;

/// <summary>
/// Creates <c>ROOT/YYYYMMDDTHHMMSSZ-SCENARIO</c> and its meta.json. ibkr-go lets two runs in one second share
/// (and truncate) a directory; here meta.json is created exclusively, and a taken name gets a <c>-2</c>,
/// <c>-3</c>… suffix, which is safe across processes too.
/// </summary>
internal static class CaptureDirectory
{
    public static string Create(string root, CaptureMeta meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var scenario = string.IsNullOrWhiteSpace(meta.Scenario) ? "capture" : meta.Scenario;
        var stem = Path.Combine(root, meta.StartedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + scenario);
        for (var attempt = 1; ; attempt++)
        {
            var dir = attempt == 1 ? stem : $"{stem}-{attempt}";
            Directory.CreateDirectory(dir);
            try
            {
                using var file = new FileStream(Path.Combine(dir, CaptureFiles.Meta), FileMode.CreateNew, FileAccess.Write);
                file.Write(Encoding.UTF8.GetBytes((meta with { Scenario = scenario }).ToJson()));
                return dir;
            }
            catch (IOException) when (File.Exists(Path.Combine(dir, CaptureFiles.Meta)) && attempt < 10_000)
            {
                // Taken by another run in the same second: try the next suffix.
            }
        }
    }
}
