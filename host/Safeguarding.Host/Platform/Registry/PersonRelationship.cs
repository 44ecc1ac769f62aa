namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// A relationship between two people in the registry, recorded by a module's working group: the relative is the
/// subject's <see cref="Kind"/> (sibling, parent, carer, person causing harm, partner) from <see cref="Since"/> until
/// <see cref="Until"/>. Relationships are kept under the ids they were recorded with, like everything else, so that a
/// merge and its separation leave them where they belong. Two records related this way are two people: they are never
/// merged as one.
/// </summary>
public sealed class PersonRelationship
{
    public const int MaxReasonLength = 1000;

    private PersonRelationship() { }

    public Guid Id { get; private set; }

    /// <summary>The person the relationship is about (the id it was recorded under).</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The person who is the subject's `kind` (the id it was recorded under).</summary>
    public Guid RelativeId { get; private set; }

    /// <summary>What the relative is to the subject: sibling, parent, carer, person causing harm or partner.</summary>
    public RelationshipKind Kind { get; private set; }

    /// <summary>From when, if known (a UK date).</summary>
    public DateOnly? Since { get; private set; }

    /// <summary>Until when; null while it lasts.</summary>
    public DateOnly? Until { get; private set; }

    /// <summary>The module whose working group recorded it.</summary>
    public string RecordedInModule { get; private set; } = "";

    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; private set; } = "";
    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>Who recorded its end; null while it lasts.</summary>
    public string? EndedBy { get; private set; }
    /// <summary>Why it ended; null while it lasts.</summary>
    public string? EndReason { get; private set; }

    /// <summary>A new relationship; VALIDATION when a person is named as their own relative or the dates are not plausible.</summary>
    public static PersonRelationship Record(Guid subjectId, Guid relativeId, RelationshipKind kind, DateOnly? since, string module, string by,
        DateTimeOffset at, DateOnly today)
    {
        new InputCheck()
            .Require(subjectId != relativeId, "relativeId", "A child cannot be recorded as their own relative.")
            .Require(since is null || since <= today, "since", "The relationship cannot start after today.")
            .ThrowIfInvalid();
        return new PersonRelationship
        {
            Id = Guid.CreateVersion7(), SubjectId = subjectId, RelativeId = relativeId, Kind = kind, Since = since,
            RecordedInModule = module, RecordedBy = by, RecordedAt = at,
        };
    }

    /// <summary>Whether it lasts on <paramref name="day"/>.</summary>
    public bool LastsOn(DateOnly day) => Until is null || Until >= day;

    /// <summary>
    /// The relationship ended on <paramref name="on"/> (a partnership broke up, a carer stopped caring); it is kept, with
    /// who ended it and why. CONFLICT when it has already ended; VALIDATION for a date before it started or after today.
    /// </summary>
    public void End(DateOnly on, string? reason, string by, DateOnly today)
    {
        if (Until is not null) throw DomainException.Conflict($"This relationship already ended on {Until:d MMMM yyyy}.");
        new InputCheck()
            .Require(on <= today, "on", "The relationship cannot end after today.")
            .Require(Since is null || on >= Since, "on", "The relationship cannot end before it started.")
            .Require(!string.IsNullOrWhiteSpace(reason) && reason.Trim().Length >= 5, "reason", "Say why the relationship ended (at least 5 characters).")
            .OptionalText(reason, "reason", "The reason", MaxReasonLength)
            .ThrowIfInvalid();
        Until = on;
        EndedBy = by;
        EndReason = reason!.Trim();
    }

    /// <summary>The other person of the relationship, seen from one of <paramref name="personIds"/>.</summary>
    public Guid OtherThan(IReadOnlyCollection<Guid> personIds) => personIds.Contains(SubjectId) ? RelativeId : SubjectId;
}
