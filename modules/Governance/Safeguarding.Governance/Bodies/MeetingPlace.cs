namespace Safeguarding.Governance.Bodies;

/// <summary>
/// Where a meeting stands in the list of meetings: the day held and the body's name (from the body), then its id. The
/// list is paged by these; the meetings shown are then read with their decisions and attendance. Settable properties, so
/// that the database orders and compares by them.
/// </summary>
internal sealed class MeetingPlace
{
    public Guid Id { get; init; }
    public DateOnly HeldOn { get; init; }
    public string BodyName { get; init; } = "";
}
