namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// A clock that reads <paramref name="startsAt"/> when made and runs on at the real rate from there, so a test can stand
/// on a chosen day (a Friday before half term, late 2027) while timers, delays and the event bus keep real time.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset startsAt) : TimeProvider
{
    private readonly TimeSpan _shift = startsAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
