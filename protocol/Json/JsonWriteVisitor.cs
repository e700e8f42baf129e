using System.Text.Json.Nodes;
using Ibkr.Protocol.Messages;
using Ibkr.Protocol.Wire;

namespace Ibkr.Protocol.Json;

/// <summary>
/// Maps a message to its transcript JSON object, keys in wire order. Integers are JSON numbers,
/// prices and quantities are strings (exact, scale kept), unset values are empty strings.
/// </summary>
internal sealed class JsonWriteVisitor(JsonObject target) : FieldVisitor
{
    public JsonObject Target { get; } = target;

    public override bool IsReading => false;

    // A message object holding a value no layout can carry is a programming error, not bad input.
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public override void Fail(string reason) => throw new InvalidOperationException(reason);

    public override void Version(int version)
    {
    }

    public override void Filler(string text)
    {
    }

    public override void Int(ref int value, string key) => JsonPath.Set(Target, key, value);

    public override void IntMax(ref int? value, string key) =>
        JsonPath.Set(Target, key, value is { } v ? JsonValue.Create(v) : JsonValue.Create(string.Empty));

    public override void Long(ref long value, string key) => JsonPath.Set(Target, key, value);

    public override void LongMax(ref long? value, string key) =>
        JsonPath.Set(Target, key, value is { } v ? JsonValue.Create(v) : JsonValue.Create(string.Empty));

    public override void Dec(ref decimal value, string key) => JsonPath.Set(Target, key, WireText.Format(value));

    public override void DecMax(ref decimal? value, string key) =>
        JsonPath.Set(Target, key, value is { } v ? WireText.Format(v) : string.Empty);

    public override void Bool(ref bool value, string key) => JsonPath.Set(Target, key, value);

    public override void Str(ref string value, string key) => JsonPath.Set(Target, key, value);

    public override void Text(ref string value, string key) => JsonPath.Set(Target, key, value);

    public override void Csv(List<string> values, string key, char separator = ',') =>
        JsonPath.Set(Target, key, new JsonArray([.. values.Select(s => JsonValue.Create(s))]));

    public override void List<T>(List<T> items, string key, CountRule rule = CountRule.Required)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            var child = new JsonWriteVisitor([]);
            item.Visit(child);
            array.Add(child.Target);
        }

        JsonPath.Set(Target, key, array);
    }

    public override void Strings(List<string> items, string key, CountRule rule = CountRule.Required) =>
        JsonPath.Set(Target, key, new JsonArray([.. items.Select(s => JsonValue.Create(s))]));

    public override void Decimals(List<decimal> items, string key, CountRule rule = CountRule.Required) =>
        JsonPath.Set(Target, key, new JsonArray([.. items.Select(d => JsonValue.Create(WireText.Format(d)))]));
}
