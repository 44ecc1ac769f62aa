using Safeguarding.Adolescents.ReturnHomeInterviews;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>What the partners agreed to do about a young person on a briefing: who owns it and by when.</summary>
public sealed class AgreedResponse
{
    /// <summary>How far ahead a response may be due.</summary>
    public const int MaxResponseDays = 14;

    private AgreedResponse() { }

    public Guid Id { get; private set; }
    public Guid BriefingId { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>What the partners agreed to do.</summary>
    public string Action { get; private set; } = "";
    /// <summary>The agencies that own it.</summary>
    public List<string> OwningAgencies { get; private set; } = [];
    /// <summary>When it is due.</summary>
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset AgreedAt { get; private set; }
    public string AgreedBy { get; private set; } = "";
    /// <summary>When it was done; null until then.</summary>
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }
    /// <summary>What came of it; null until done.</summary>
    public string? Outcome { get; private set; }

    /// <summary>
    /// Checks the terms of a response (an action; at least one owning agency, each of the partnership, named in
    /// <paramref name="unknownAgencies"/> when not; due in the future, within 14 days); problems join those in
    /// <paramref name="check"/> and all are reported at once.
    /// </summary>
    public static void CheckTerms(InputCheck check, string? action, int agenciesNamed, IReadOnlyList<string> unknownAgencies, DateTimeOffset dueAt, DateTimeOffset now) =>
        check.RequireText(action, "action", "The agreed action", 2000)
            .Require(agenciesNamed > 0, "owningAgencies", "Name at least one owning agency.")
            .Require(unknownAgencies.Count == 0, "owningAgencies", $"Not agencies of the partnership: {string.Join(", ", unknownAgencies)}.")
            .Require(dueAt > now, "dueAt", $"The due time must be in the future (it is now {UkDisplay.Show(now)}).")
            .Require(dueAt <= now.AddDays(MaxResponseDays), "dueAt", $"The due time must be within {MaxResponseDays} days.")
            .ThrowIfInvalid();

    /// <summary>The response agreed for an entry of a published briefing, on terms already checked (<see cref="CheckTerms"/>).</summary>
    public static AgreedResponse Agree(BriefingEntry entry, string action, List<string> owningAgencies, DateTimeOffset dueAt, DateTimeOffset now, string agreedBy) => new()
    {
        Id = Guid.NewGuid(), BriefingId = entry.BriefingId, EntryId = entry.Id, SubjectId = entry.SubjectId, Action = action.Trim(),
        OwningAgencies = owningAgencies, DueAt = dueAt.ToUniversalTime(), AgreedAt = now, AgreedBy = agreedBy,
    };

    /// <summary>CONFLICT when a response was already agreed for the entry: one per entry.</summary>
    public static void RequireNoneAgreed(bool alreadyAgreed)
    {
        if (alreadyAgreed) throw DomainException.Conflict("A response has already been agreed for this entry.");
    }

    /// <summary>The response was done, with what came of it; CONFLICT when it was already recorded as done.</summary>
    public void Complete(string? outcome, DateTimeOffset now, string doneBy)
    {
        if (DoneAt is { } done) throw DomainException.Conflict($"This response was already recorded as done, at {UkDisplay.Show(done)}.");
        DoneAt = now;
        DoneBy = doneBy;
        Outcome = outcome?.Trim();
    }

    public bool DoneBefore(DateTimeOffset instant) => DoneAt is { } done && done < instant;
}
