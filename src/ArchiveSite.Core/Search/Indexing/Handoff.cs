using System.Collections.Concurrent;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Hands items, in the order they are added, to a consumer that runs on a thread of its own while
/// they are still being produced, with at most a bounded number waiting: an index build passes
/// each record it reads to the version store this way, so recording texts overlaps indexing and no
/// more than a few batches of records are held for it. Without a consumer, items are dropped.
/// </summary>
internal sealed class Handoff<T> : IDisposable
{
    private readonly BlockingCollection<T>? _items;
    private readonly CancellationTokenSource _stopped = new();
    private readonly Task _consumer = Task.CompletedTask;

    /// <summary>Starts <paramref name="consume"/> (if any) over the items as they come.</summary>
    public Handoff(Action<IEnumerable<T>>? consume, int capacity)
    {
        if (consume is null)
        {
            return;
        }

        _items = new BlockingCollection<T>(capacity);
        _consumer = Task.Factory.StartNew(() =>
        {
            try
            {
                consume(_items.GetConsumingEnumerable());
            }
            finally
            {
                // A consumer that fails (or stops early) must not leave the producer waiting for room.
                _stopped.Cancel();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Adds an item, waiting while the queue is full; throws what the consumer threw, should it have failed.</summary>
    public void Add(T item)
    {
        if (_items is null)
        {
            return;
        }

        try
        {
            _items.Add(item, _stopped.Token);
        }
        catch (OperationCanceledException) when (_stopped.IsCancellationRequested)
        {
            _consumer.GetAwaiter().GetResult(); // the consumer's own exception; none if it just stopped taking items
        }
    }

    /// <summary>No more items: waits for the consumer to take the rest and finish, and throws what it threw.</summary>
    public void Complete()
    {
        _items?.CompleteAdding();
        _consumer.GetAwaiter().GetResult();
    }

    /// <summary>Ends the consumer (after what was added) when <see cref="Complete"/> was not reached, the build having failed: its failure is the one reported.</summary>
    public void Dispose()
    {
        if (_items is not null && !_items.IsAddingCompleted)
        {
            _items.CompleteAdding();
            try
            {
                _consumer.Wait();
            }
            catch (AggregateException)
            {
                // The build's own exception is on its way out; the consumer's would hide it.
            }
        }

        _items?.Dispose();
        _stopped.Dispose();
    }
}
