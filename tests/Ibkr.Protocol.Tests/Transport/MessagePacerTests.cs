using Ibkr.Protocol.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Ibkr.Protocol.Tests.Transport;

/// <summary>The sliding one-second window behind the writer's pacing.</summary>
public class MessagePacerTests
{
    [Fact]
    public void Allows_the_limit_then_waits_until_the_oldest_send_is_a_second_old()
    {
        var time = new FakeTimeProvider();
        var pacer = new MessagePacer(3, time);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(pacer.TryAcquire(out _));
        }

        Assert.False(pacer.TryAcquire(out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);

        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.False(pacer.TryAcquire(out wait));
        Assert.Equal(TimeSpan.FromMilliseconds(600), wait);

        time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.True(pacer.TryAcquire(out _));
        Assert.True(pacer.TryAcquire(out _));
        Assert.True(pacer.TryAcquire(out _));
        Assert.False(pacer.TryAcquire(out _));
    }

    [Fact]
    public void Spaced_sends_never_wait()
    {
        var time = new FakeTimeProvider();
        var pacer = new MessagePacer(2, time);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(pacer.TryAcquire(out _));
            time.Advance(TimeSpan.FromMilliseconds(500));
        }
    }
}
