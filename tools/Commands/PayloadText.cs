namespace Ibkr.Cli.Commands;

/// <summary>Turns one input line into payload bytes (base64 or hex).</summary>
internal static class PayloadText
{
    public static bool TryParse(string line, bool hex, out byte[] payload, out string error)
    {
        var text = line.Trim();
        error = string.Empty;
        try
        {
            payload = hex ? Convert.FromHexString(text.Replace(" ", string.Empty, StringComparison.Ordinal)) : Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            payload = [];
            error = hex ? "not valid hex" : "not valid base64";
            return false;
        }
    }
}
