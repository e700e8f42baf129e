using Ibkr.Protocol.Messages;

namespace Ibkr.Protocol.Transcripts;

/// <summary>
/// Fills a message with sampled values and records every key its layout visits. A layout's conditional
/// branches (sec_type BAG, order conditions, tick-by-tick types…) depend on the values read, so the keys
/// of one message are the union over many samples; discriminating keys are drawn from their vocabularies.
/// List element keys are recorded as <c>list[].key</c>.
/// </summary>
internal sealed class KeySampler(Random random, ISet<string> keys, string prefix = "", int depth = 0) : FieldVisitor
{

    public override bool IsReading => true;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public override void Fail(string reason) => throw new InvalidOperationException(reason);

    public override void Version(int version)
    {
    }

    public override void Filler(string text)
    {
    }

    public override void Int(ref int value, string key) =>
        value = Record(key) && Vocabulary(key, out var word) && int.TryParse(word, out var i) ? i : random.Next(-1, 10);

    public override void IntMax(ref int? value, string key) => value = Record(key) && random.Next(3) == 0 ? null : random.Next(10);

    public override void Long(ref long value, string key) => value = Record(key) ? random.Next(10) : 0;

    public override void LongMax(ref long? value, string key) => value = Record(key) && random.Next(3) == 0 ? null : random.Next(10);

    public override void Dec(ref decimal value, string key) => value = Record(key) ? random.Next(100) / 4m : 0;

    public override void DecMax(ref decimal? value, string key) => value = Record(key) && random.Next(3) == 0 ? null : random.Next(100) / 4m;

    public override void Bool(ref bool value, string key) => value = Record(key) && random.Next(2) == 1;

    public override void Str(ref string value, string key) => value = Record(key) && Vocabulary(key, out var word) ? word : "x";

    public override void Text(ref string value, string key) => Str(ref value, key);

    public override void Csv(List<string> values, string key, char separator = ',')
    {
        Record(key);
        values.Clear();
        values.Add("x");
    }

    public override void List<T>(List<T> items, string key, CountRule rule = CountRule.Required)
    {
        Record(key);
        items.Clear();
        if (depth > 2)
        {
            return;
        }

        var count = random.Next(1, 4);
        var element = new KeySampler(random, keys, $"{prefix}{key}[].", depth + 1);
        for (var i = 0; i < count; i++)
        {
            var item = new T();
            item.Visit(element);
            items.Add(item);
        }
    }

    public override void Strings(List<string> items, string key, CountRule rule = CountRule.Required)
    {
        Record(key);
        items.Clear();
        items.Add("x");
    }

    public override void Decimals(List<decimal> items, string key, CountRule rule = CountRule.Required)
    {
        Record(key);
        items.Clear();
        items.Add(1m);
    }

    private bool Record(string key)
    {
        keys.Add(prefix + key);
        return true;
    }

    private bool Vocabulary(string key, out string value) => BranchVocabulary.TryDraw(key, random, out value);
}
