namespace Safeguarding.Adolescents.ReturnHomeInterviews;

/// <summary>
/// A young person who returns from a missing episode must be offered a return home interview within 72 hours.
/// The 72 hours are an absolute duration between UTC instants: a change of the clocks inside the window does not
/// move the deadline by an hour (shown in UK time, the deadline's wall-clock hour differs from the return's).
/// An offer at exactly 72:00 is on time; one second later is late.
/// </summary>
public static class ReturnHomeInterviewRule
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(72);

    public static DateTimeOffset DueBy(DateTimeOffset returnedAt) => returnedAt.ToUniversalTime() + Window;

    public static bool OfferedInTime(DateTimeOffset returnedAt, DateTimeOffset offeredAt) => offeredAt <= DueBy(returnedAt);

    /// <summary>No interview has been offered and the 72 hours have passed.</summary>
    public static bool IsOverdue(DateTimeOffset returnedAt, DateTimeOffset? offeredAt, DateTimeOffset now) =>
        offeredAt is null && now > DueBy(returnedAt);
}

/// <summary>Instants as people in the partnership read them: UK wall-clock time, the zone named.</summary>
public static class UkDisplay
{
    /// <summary>e.g. "09:30 on 1 April 2025 (BST)".</summary>
    public static string Show(DateTimeOffset instant) => UkTime.Show(instant);
}
