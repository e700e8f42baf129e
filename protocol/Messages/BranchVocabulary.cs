namespace Ibkr.Protocol.Messages;

/// <summary>
/// The values of keys that choose a layout branch (sec_type BAG, order types with extra blocks, tick-by-tick
/// and order-condition types…). Anything that fills messages with sampled values (key discovery, test
/// generators) draws these keys from here so that every branch is reached.
/// </summary>
internal static class BranchVocabulary
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["sec_type"] = ["STK", "OPT", "FUT", "BAG", "FUND", "CASH", "FOP", string.Empty],
        ["order_type"] = ["LMT", "MKT", "STP", "PEG BENCH", "PEG BEST", "PEG MID", "TRAIL LIMIT", "REL", string.Empty],
        ["exchange"] = ["SMART", "IBKRATS", "NASDAQ", string.Empty],
        ["algo_strategy"] = ["Adaptive", "Vwap", string.Empty],
        ["hedge_type"] = ["D", "B", string.Empty],
        ["delta_neutral_order_type"] = ["None", "LMT", string.Empty],
        ["is_successful"] = ["true", "false"],
        ["tick_type"] = ["0", "1", "2", "3", "4", "5"],
        ["type"] = ["1", "3", "4", "5", "6", "7"],
        ["conjunction"] = ["a", "o"],
        ["compete_against_best_offset"] = [string.Empty, "Infinity", "0.5", "12"],
    };

    /// <summary>Draws a value for <paramref name="key"/> (its last dotted part) when it chooses a branch.</summary>
    public static bool TryDraw(string key, Random random, out string value)
    {
        var leaf = key[(key.LastIndexOf('.') + 1)..];
        if (Words.TryGetValue(leaf, out var words))
        {
            value = words[random.Next(words.Length)];
            return true;
        }

        value = string.Empty;
        return false;
    }
}
