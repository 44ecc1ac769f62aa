using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

/// <summary>Moments shown to people are UK wall-clock time with the zone named, on either side of both clock changes.</summary>
public sealed class UkTimeDisplayTests
{
    [Theory]
    [InlineData("2025-07-01T23:30:00Z", "00:30 on 2 July 2025 (BST)", "2 Jul 2025, 00:30 BST", "2025-07-02")] // a summer evening in UTC is the next day here
    [InlineData("2025-12-31T23:30:00Z", "23:30 on 31 December 2025 (GMT)", "31 Dec 2025, 23:30 GMT", "2025-12-31")]
    [InlineData("2025-03-30T00:59:00Z", "00:59 on 30 March 2025 (GMT)", "30 Mar 2025, 00:59 GMT", "2025-03-30")] // the last minute of GMT in spring
    [InlineData("2025-03-30T01:00:00Z", "02:00 on 30 March 2025 (BST)", "30 Mar 2025, 02:00 BST", "2025-03-30")] // the clocks go forward: 01:xx never happens
    [InlineData("2025-10-26T00:30:00Z", "01:30 on 26 October 2025 (BST)", "26 Oct 2025, 01:30 BST", "2025-10-26")] // the first 01:30 that autumn morning
    [InlineData("2025-10-26T01:30:00Z", "01:30 on 26 October 2025 (GMT)", "26 Oct 2025, 01:30 GMT", "2025-10-26")] // and the second, an hour later
    public void A_moment_reads_in_UK_time_with_its_zone(string utc, string inSentence, string inTable, string ukDate)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(inSentence, UkTime.Show(instant));
        Assert.Equal(inTable, UkTime.ShowShort(instant));
        Assert.Equal(DateOnly.Parse(ukDate, System.Globalization.CultureInfo.InvariantCulture), UkTime.DateOf(instant));
    }

    [Fact]
    public void The_same_moment_with_any_offset_reads_the_same()
    {
        var utc = new DateTimeOffset(2025, 7, 1, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(UkTime.Show(utc), UkTime.Show(utc.ToOffset(TimeSpan.FromHours(-5))));
        Assert.Equal(UkTime.ShowShort(utc), UkTime.ShowShort(utc.ToOffset(TimeSpan.FromHours(1))));
    }
}
