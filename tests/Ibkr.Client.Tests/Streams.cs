namespace Ibkr.Client.Tests;

/// <summary>Bounded reads of facade streams: every wait ends, with a clear failure, instead of hanging a test.</summary>
internal static class Streams
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>The first <paramref name="count"/> items of a stream, within <see cref="Timeout"/>.</summary>
    public static async Task<List<T>> TakeAsync<T>(Func<CancellationToken, IAsyncEnumerable<T>> stream, int count, Func<T, bool>? where = null)
    {
        using var cts = new CancellationTokenSource(Timeout);
        var items = new List<T>();
        try
        {
            await foreach (var item in stream(cts.Token))
            {
                if (where is null || where(item))
                {
                    items.Add(item);
                    if (items.Count == count)
                    {
                        return items;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            Assert.Fail($"only {items.Count} of {count} items arrived within {Timeout.TotalSeconds} s: {string.Join(", ", items)}");
        }

        Assert.Fail($"the stream ended after {items.Count} of {count} items: {string.Join(", ", items)}");
        return items;
    }

    /// <summary>Every item of a stream that ends by itself (a closed subscription), within <see cref="Timeout"/>.</summary>
    public static async Task<List<T>> AllAsync<T>(Func<CancellationToken, IAsyncEnumerable<T>> stream)
    {
        using var cts = new CancellationTokenSource(Timeout);
        var items = new List<T>();
        try
        {
            await foreach (var item in stream(cts.Token))
            {
                items.Add(item);
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            Assert.Fail($"the stream did not end within {Timeout.TotalSeconds} s, after {items.Count} items: {string.Join(", ", items)}");
        }

        return items;
    }

    public static CancellationToken Bounded() => new CancellationTokenSource(Timeout).Token;
}
