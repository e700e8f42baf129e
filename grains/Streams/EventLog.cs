using System.Runtime.CompilerServices;

namespace Ibkr.Grains.Streams;

/// <summary>
/// The recent events of one order or subscription, numbered from 1, for readers that follow them with
/// <see cref="ReadAsync"/>: a reader gets what it has not seen (still buffered), then new events as they come,
/// until the log is closed. Bounded: the oldest events fall out, so a slow reader skips rather than the grain
/// growing without limit. Lives on the grain scheduler only.
/// </summary>
internal sealed class EventLog<T>(int capacity, Func<T, long, T> stamp)
    where T : class
{
    private readonly Queue<(long Seq, T Item)> _items = new();
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>The sequence number of the last event appended (0 before the first).</summary>
    public long LastSeq { get; private set; }

    /// <summary>True once no more events will come.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>Continues numbering after <paramref name="lastSeq"/> (restored from stored state).</summary>
    public void Restore(long lastSeq) => LastSeq = Math.Max(LastSeq, lastSeq);

    /// <summary>Numbers and appends an event, wakes the readers and returns the numbered event.</summary>
    public T Append(T item)
    {
        var numbered = stamp(item, ++LastSeq);
        _items.Enqueue((LastSeq, numbered));
        while (_items.Count > capacity)
        {
            _items.Dequeue();
        }

        Signal();
        return numbered;
    }

    /// <summary>Ends the log: readers finish after the buffered events.</summary>
    public void Close()
    {
        IsClosed = true;
        Signal();
    }

    /// <summary>The buffered events after <paramref name="afterSeq"/>, then new ones, until the log closes.</summary>
    public async IAsyncEnumerable<T> ReadAsync(long afterSeq, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var signal = _changed.Task;
            foreach (var (seq, item) in _items.ToArray())
            {
                if (seq > afterSeq)
                {
                    afterSeq = seq;
                    yield return item;
                }
            }

            // Events appended (or the close) while the reader was away at a yield have completed the signal: look again.
            if (signal.IsCompleted)
            {
                continue;
            }

            if (IsClosed)
            {
                yield break;
            }

            await signal.WaitAsync(cancellationToken);
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
