namespace Safeguarding.Governance.Workforce;

/// <summary>
/// What someone who attended a session wrote when asked, three months on, what they took from it: their agency, their
/// post (never a name), what they wrote and when. It is about practice, not about a child.
/// </summary>
public sealed class TrainingReflection
{
    public const int MaxText = 4000;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid PartnerId { get; set; }
    /// <summary>The post of the person reflecting.</summary>
    public string Role { get; set; } = "";
    /// <summary>What they wrote.</summary>
    public string Text { get; set; } = "";
    /// <summary>The UK day it was written.</summary>
    public DateOnly WrittenOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";

    /// <summary>
    /// A reflection on <paramref name="session"/>, written on or after the session and not in the future. Where the
    /// session's attendance was recorded by agency, the reflection must come from an agency that attended (a session
    /// known only by its total, such as the seeded workshops, accepts any agency). Problems join those already in
    /// <paramref name="check"/> and are reported together.
    /// </summary>
    public static TrainingReflection Write(TrainingSession session, IReadOnlyCollection<Guid?> attendingAgencies, Guid partnerId, string partnerName,
        string? role, string? text, DateOnly writtenOn, DateOnly today, DateTimeOffset now, string recordedBy, InputCheck check)
    {
        check.RequireText(role, "role", "The post of the person reflecting", 200)
            .RequireText(text, "text", "The reflection", MaxText)
            .Require(writtenOn <= today, "writtenOn", $"A reflection cannot be dated in the future (today is {today:d MMMM yyyy}).")
            .Require(writtenOn >= session.HeldOn, "writtenOn", $"A reflection cannot be written before the session it reflects on ({session.HeldOn:d MMMM yyyy}).");
        var byAgency = attendingAgencies.Where(a => a is not null).ToHashSet();
        check.Require(byAgency.Count == 0 || byAgency.Contains(partnerId), "partnerId",
            $"{partnerName} did not attend this session: reflections come from those who attended.");
        check.ThrowIfInvalid();
        return new TrainingReflection
        {
            Id = Guid.NewGuid(), SessionId = session.Id, PartnerId = partnerId, Role = role!.Trim(), Text = text!.Trim(),
            WrittenOn = writtenOn, RecordedAt = now, RecordedBy = recordedBy,
        };
    }
}
