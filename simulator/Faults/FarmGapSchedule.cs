namespace Ibkr.Simulator.Faults;

/// <summary>
/// The periodic farm-status gap of <see cref="SimulatorOptions.FarmGapEvery"/>: from every multiple of the period
/// after the start, connectivity is lost for <see cref="SimulatorOptions.FarmGapLength"/>. Checked before each
/// step, on the virtual clock, so the gaps fall on the same steps in every run.
/// </summary>
internal sealed class FarmGapSchedule(SimulatorCore core)
{
    private bool _inGap;

    public void Before(DateTimeOffset stepTime)
    {
        if (core.Options.FarmGapEvery is not { } every)
        {
            return;
        }

        var elapsed = stepTime - core.Clock.Start;
        var inGap = elapsed >= every && TimeSpan.FromTicks(elapsed.Ticks % every.Ticks) < core.Options.FarmGapLength;
        if (inGap && !_inGap)
        {
            Connectivity.Lose(core);
        }
        else if (!inGap && _inGap)
        {
            Connectivity.Restore(core);
        }

        _inGap = inGap;
    }
}
