namespace Ibkr.Protocol.Messages;

/// <summary>
/// Walks the fields of a message in wire order. Each message describes its layout once, in
/// <see cref="FieldGroup.Visit"/>, and every codec direction is a visitor over that description:
/// the wire reader fills the fields, the wire writer writes them, the JSON visitors map them to
/// transcript keys. Because decode and encode share one description they cannot disagree on order.
/// </summary>
/// <remarks>
/// Each method names the field's rule, visible at the call site:
/// <c>Int</c>/<c>Long</c>/<c>Dec</c> — zero is a value, an empty field reads as 0 and 0 is written as "0";
/// <c>IntMax</c>/<c>LongMax</c>/<c>DecMax</c> — unset (null) is written as an empty field, and an empty
/// field or a Java MAX sentinel reads as unset. Keys are the transcript JSON keys; a dot nests
/// (<c>contract.con_id</c>).
/// </remarks>
public abstract class FieldVisitor
{
    /// <summary>True for visitors that fill fields from a source (wire, JSON, random).</summary>
    public abstract bool IsReading { get; }

    /// <summary>
    /// False only when reading a frame that has no fields left. Lets a layout accept an older, shorter
    /// form of a message whose trailing fields a Gateway may omit; writers always write them.
    /// </summary>
    public virtual bool HasMoreFields => true;

    /// <summary>
    /// Reports a value the layout cannot accept (an unknown type code, say). Readers of the wire throw a
    /// <c>ProtocolException</c> naming the message and field; JSON readers name the key.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public abstract void Fail(string reason);

    /// <summary>A message-version field: written as <paramref name="version"/>, read and ignored.</summary>
    public abstract void Version(int version);

    /// <summary>A field with fixed content that carries nothing (deprecated slots): written as given, read and ignored.</summary>
    public abstract void Filler(string text);

    /// <summary>32-bit integer; zero is a value.</summary>
    public abstract void Int(ref int value, string key);

    /// <summary>32-bit integer; null is sent as an empty field; empty or 2147483647 reads as null.</summary>
    public abstract void IntMax(ref int? value, string key);

    /// <summary>64-bit integer; zero is a value.</summary>
    public abstract void Long(ref long value, string key);

    /// <summary>64-bit integer; null is sent as an empty field; empty or 9223372036854775807 reads as null.</summary>
    public abstract void LongMax(ref long? value, string key);

    /// <summary>A price, amount or quantity (double or Decimal on the wire), exact; zero is a value.</summary>
    public abstract void Dec(ref decimal value, string key);

    /// <summary>A price, amount or quantity; null is sent empty; empty or a MAX/MIN sentinel reads as null.</summary>
    public abstract void DecMax(ref decimal? value, string key);

    /// <summary>Boolean sent as 1/0.</summary>
    public abstract void Bool(ref bool value, string key);

    /// <summary>Raw text.</summary>
    public abstract void Str(ref string value, string key);

    /// <summary>Human text that the Gateway sends with <c>\uXXXX</c> escapes for non-ASCII characters.</summary>
    public abstract void Text(ref string value, string key);

    /// <summary>A list carried in one field, joined with <paramref name="separator"/> (accounts, generic ticks).</summary>
    public abstract void Csv(List<string> values, string key, char separator = ',');

    /// <summary>A count field followed by that many groups.</summary>
    public abstract void List<T>(List<T> items, string key, CountRule rule = CountRule.Required)
        where T : FieldGroup, new();

    /// <summary>A count field followed by that many text fields.</summary>
    public abstract void Strings(List<string> items, string key, CountRule rule = CountRule.Required);

    /// <summary>A count field followed by that many decimal fields.</summary>
    public abstract void Decimals(List<decimal> items, string key, CountRule rule = CountRule.Required);
}

/// <summary>How a count field in front of a repeated group treats an empty value.</summary>
public enum CountRule
{
    /// <summary>Missing, empty, non-integer or negative counts are errors.</summary>
    Required,

    /// <summary>An empty or missing count reads as zero (order combo legs, conditions…).</summary>
    Optional,
}
