namespace Safeguarding.Governance.Bodies;

/// <summary>A meeting of a board or group: the day it was held, what it discussed, who attended and the decisions, in order.</summary>
public sealed class Meeting
{
    public const int MaxDecisions = 50;
    public const int MaxAttendance = 60;

    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    /// <summary>The UK day of the meeting.</summary>
    public DateOnly HeldOn { get; set; }
    /// <summary>A summary of the meeting, as minuted.</summary>
    public string Summary { get; set; } = "";
    public List<Decision> Decisions { get; set; } = [];
    /// <summary>The posts that attended, by agency. Empty for a meeting recorded without its attendance.</summary>
    public List<MeetingAttendance> Attendance { get; set; } = [];

    /// <summary>
    /// A meeting as minuted: held by today, a summary, up to 50 decisions numbered in the order given, and, if it was
    /// taken, the attendance (each agency's post once). Problems are added to <paramref name="check"/>, which already
    /// holds any the caller found while reading the input, and reported together.
    /// </summary>
    public static Meeting Record(Guid bodyId, DateOnly heldOn, string? summary, IReadOnlyList<string?> decisions,
        IReadOnlyList<MeetingAttendee>? attendance, DateOnly today, InputCheck check)
    {
        check.RequireText(summary, "summary", "The summary", 4000)
            .Require(heldOn <= today, "heldOn", "A meeting cannot be recorded before it has been held.")
            .Require(decisions.Count <= MaxDecisions, "decisions", $"Record at most {MaxDecisions} decisions per meeting.");
        for (var i = 0; i < decisions.Count && i < MaxDecisions; i++)
            check.RequireText(decisions[i], $"decisions[{i}]", $"Decision {i + 1}", 2000);
        if (attendance is not null)
        {
            check.Require(attendance.Count is >= 1 and <= MaxAttendance, "attendance",
                $"List between 1 and {MaxAttendance} who attended, or leave the attendance out if it was not taken.");
            for (var i = 0; i < attendance.Count; i++)
                check.RequireText(attendance[i].Role, $"attendance[{i}].role", "The post that attended", 200);
            check.Require(attendance.Select(a => (a.PartnerId, Role: a.Role?.Trim().ToUpperInvariant())).Distinct().Count() == attendance.Count,
                "attendance", "The same agency's post is listed twice.");
        }
        check.ThrowIfInvalid();

        var meeting = new Meeting { Id = Guid.NewGuid(), BodyId = bodyId, HeldOn = heldOn, Summary = summary!.Trim() };
        meeting.Decisions = decisions.Select((d, i) => new Decision { Id = Guid.NewGuid(), MeetingId = meeting.Id, Number = i + 1, Text = d!.Trim() }).ToList();
        meeting.Attendance = (attendance ?? []).Select(a => new MeetingAttendance
        {
            Id = Guid.NewGuid(), MeetingId = meeting.Id, PartnerId = a.PartnerId, Role = a.Role!.Trim(),
        }).ToList();
        return meeting;
    }

    /// <summary>Decisions in the order they were made, attendance by post: how a meeting reads back.</summary>
    public Meeting InMinuteOrder()
    {
        Decisions = Decisions.OrderBy(d => d.Number).ToList();
        Attendance = Attendance.OrderBy(a => a.Role, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.PartnerId).ToList();
        return this;
    }
}
