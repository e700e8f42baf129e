namespace Ibkr.Grains.Configuration;

/// <summary>
/// <c>Ibkr:Trading</c>: whether the service may place, modify or cancel orders. Off unless configured, so a silo
/// pointed at a live account by mistake cannot trade; read-only flows (quotes, positions, account) always work.
/// </summary>
public sealed class TradingOptions
{
    /// <summary><c>Ibkr:Trading:Enabled</c> (default <see langword="false"/>).</summary>
    public bool Enabled { get; set; }
}
