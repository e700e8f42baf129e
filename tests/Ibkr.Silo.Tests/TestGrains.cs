using Orleans.Placement;

namespace Ibkr.Silo.Tests;

/// <summary>A grain with one persistent state in the default storage provider, to drive the storage through Orleans.</summary>
public interface IStateTestGrain : IGrainWithStringKey
{
    Task<StoredValue> GetAsync();

    Task<StoredValue> WriteAsync(string text, decimal amount);

    Task<StoredValue> ClearAsync();
}

[GenerateSerializer]
public sealed class TestState
{
    [Id(0)]
    public string Text { get; set; } = string.Empty;

    [Id(1)]
    public decimal Amount { get; set; }

    [Id(2)]
    public int Writes { get; set; }
}

/// <summary>What the grain holds after a call, and where it ran.</summary>
[GenerateSerializer]
public sealed record StoredValue(
    [property: Id(0)] string Text,
    [property: Id(1)] decimal Amount,
    [property: Id(2)] int Writes,
    [property: Id(3)] bool RecordExists,
    [property: Id(4)] string? ETag,
    [property: Id(5)] string Silo);

/// <summary>Activates on the silo that first calls it (so a test knows which silo holds it).</summary>
[PreferLocalPlacement]
public sealed class StateTestGrain([PersistentState("test")] IPersistentState<TestState> state) : Grain, IStateTestGrain
{
    public Task<StoredValue> GetAsync() => Task.FromResult(Snapshot());

    public async Task<StoredValue> WriteAsync(string text, decimal amount)
    {
        state.State.Text = text;
        state.State.Amount = amount;
        state.State.Writes++;
        await state.WriteStateAsync();
        return Snapshot();
    }

    public async Task<StoredValue> ClearAsync()
    {
        await state.ClearStateAsync();
        return Snapshot();
    }

    private StoredValue Snapshot() =>
        new(state.State.Text, state.State.Amount, state.State.Writes, state.RecordExists, state.Etag, RuntimeIdentity);
}
