using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Tests.Support;

/// <summary>
/// Fills a message with generated values that the protocol can carry (no NUL in text, no value that
/// collides with an unset sentinel). Conditional layouts are exercised by drawing discriminating
/// keys (sec_type, order_type, tick_type…) from their real vocabularies.
/// </summary>
internal sealed class RandomFill(Random random) : FieldVisitor
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .:/-_|;=@$+";


    private int _depth;

    public override bool IsReading => true;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public override void Fail(string reason) => throw new InvalidOperationException(reason);

    public override void Version(int version)
    {
    }

    public override void Filler(string text)
    {
    }

    public override void Int(ref int value, string key) => value = Vocabulary(key, out var v) && int.TryParse(v, out var i) ? i : NextInt();

    public override void IntMax(ref int? value, string key) => value = Chance(4) ? null : NextInt();

    public override void Long(ref long value, string key) => value = NextLong();

    public override void LongMax(ref long? value, string key) => value = Chance(4) ? null : NextLong();

    public override void Dec(ref decimal value, string key) => value = NextDecimal();

    public override void DecMax(ref decimal? value, string key) => value = Chance(4) ? null : NextDecimal();

    public override void Bool(ref bool value, string key) => value = random.Next(2) == 1;

    public override void Str(ref string value, string key) => value = NextString(key, ascii: true);

    public override void Text(ref string value, string key) => value = NextString(key, ascii: false);

    public override void Csv(List<string> values, string key, char separator = ',')
    {
        values.Clear();
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var s = NextString(key, ascii: true).Replace(separator.ToString(), string.Empty, StringComparison.Ordinal);
            values.Add(s.Length == 0 ? "X" : s);
        }
    }

    public override void List<T>(List<T> items, string key, CountRule rule = CountRule.Required)
    {
        items.Clear();
        var count = _depth > 1 ? 0 : random.Next(4);
        _depth++;
        for (var i = 0; i < count; i++)
        {
            var item = new T();
            item.Visit(this);
            items.Add(item);
        }

        _depth--;
    }

    public override void Strings(List<string> items, string key, CountRule rule = CountRule.Required)
    {
        items.Clear();
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
        {
            items.Add(NextString(key, ascii: true));
        }
    }

    public override void Decimals(List<decimal> items, string key, CountRule rule = CountRule.Required)
    {
        items.Clear();
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
        {
            items.Add(NextDecimal());
        }
    }

    private bool Chance(int oneIn) => random.Next(oneIn) == 0;

    private bool Vocabulary(string key, out string value) => BranchVocabulary.TryDraw(key, random, out value);

    private int NextInt() => random.Next(5) switch
    {
        0 => 0,
        1 => -1,
        2 => random.Next(10),
        _ => random.Next(-1_000_000, 1_000_000_000),
    };

    private long NextLong() => Chance(3) ? random.Next(100) : random.NextInt64(-1_000_000_000_000, 9_000_000_000_000_000_000);

    private decimal NextDecimal()
    {
        var scale = (byte)random.Next(0, 7);
        var mantissa = random.NextInt64(0, 100_000_000_000_000);
        return new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, random.Next(4) == 0, scale);
    }

    private string NextString(string key, bool ascii)
    {
        if (Vocabulary(key, out var word))
        {
            return word;
        }

        var length = random.Next(0, 12);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = !ascii && Chance(8) ? "éü日€"[random.Next(4)] : Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
