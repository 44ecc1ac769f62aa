namespace Safeguarding.Host.Platform.Relationships;

/// <summary>
/// A practitioner's recorded relationship with a child, which opens the child's identity and detail to them: an
/// allocation, a manager's grant, or sealed (emergency) access. Each runs from <see cref="From"/> until
/// <see cref="Until"/> (an allocation lasts until it is ended) or until it is ended earlier; nothing is deleted, so the
/// data protection officer can see who could see the child, when and why. Kept under the id it was recorded with.
/// </summary>
public sealed class ChildAccess
{
    public const int MaxReasonLength = 1000;
    public const int MaxGrantDays = 366;

    private ChildAccess() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }

    /// <summary>The practitioner (their user name) the relationship is for.</summary>
    public string Practitioner { get; private set; } = "";

    /// <summary>Whether it is an allocation, a manager's grant or sealed (emergency) access.</summary>
    public ChildAccessKind Kind { get; private set; }

    /// <summary>The working group whose manager allocated or granted it, or in which the practitioner registered the child; null for sealed access.</summary>
    public string? Module { get; private set; }

    /// <summary>Why: the manager's reason for a grant, the practitioner's for sealed access, a note for an allocation.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>When it started.</summary>
    public DateTimeOffset From { get; private set; }

    /// <summary>When it lapses of itself; null for an allocation, which lasts until it is ended.</summary>
    public DateTimeOffset? Until { get; private set; }

    /// <summary>Who recorded it.</summary>
    public string RecordedBy { get; private set; } = "";
    /// <summary>When it was ended; null while it lasts or when it lapsed of itself.</summary>
    public DateTimeOffset? EndedAt { get; private set; }
    /// <summary>Who ended it; null while it lasts.</summary>
    public string? EndedBy { get; private set; }
    /// <summary>Why it was ended early; null while it lasts.</summary>
    public string? EndReason { get; private set; }

    /// <summary>The data protection officer's finding on a sealed access; null until reviewed or for other kinds.</summary>
    public SealedAccessOutcome? ReviewOutcome { get; private set; }
    /// <summary>The data protection officer's note on a sealed access; null until reviewed.</summary>
    public string? ReviewNote { get; private set; }
    /// <summary>The data protection officer who reviewed it; null until then.</summary>
    public string? ReviewedBy { get; private set; }
    /// <summary>When the data protection officer reviewed it; null until then.</summary>
    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Allocates <paramref name="practitioner"/> to the child in <paramref name="module"/>'s working group, from <paramref name="at"/> until it is ended.</summary>
    public static ChildAccess Allocate(Guid subject, string? practitioner, string module, string? note, string by, DateTimeOffset at)
    {
        new InputCheck()
            .RequireText(practitioner, "practitioner", "The practitioner (their user name)", 200)
            .OptionalText(note, "note", "The note", MaxReasonLength)
            .ThrowIfInvalid();
        return New(subject, practitioner!.Trim(), ChildAccessKind.Allocated, module, string.IsNullOrWhiteSpace(note) ? "Allocated to the child." : note.Trim(), by, at, null);
    }

    /// <summary>The practitioner who brings a child into a module's work: allocated to them as the one who registered them.</summary>
    public static ChildAccess AllocateRegistrant(Guid subject, string practitioner, string module, DateTimeOffset at) =>
        New(subject, practitioner, ChildAccessKind.Allocated, module, $"Registered the child in {module}.", practitioner, at, null);

    /// <summary>
    /// A manager's grant to <paramref name="practitioner"/> until the end of <paramref name="until"/> (a UK day, at most
    /// <see cref="MaxGrantDays"/> days ahead). VALIDATION without a reason in words or with a day in the past.
    /// </summary>
    public static ChildAccess Grant(Guid subject, string? practitioner, string module, string? reason, DateOnly until, string by, DateTimeOffset at)
    {
        var today = UkTime.DateOf(at);
        new InputCheck()
            .RequireText(practitioner, "practitioner", "The practitioner (their user name)", 200)
            .Require(IsReasonInWords(reason), "reason", "Say why the practitioner needs access to the child, in words (at least two words).")
            .OptionalText(reason, "reason", "The reason", MaxReasonLength)
            .Require(until >= today, "until", "Access cannot end before today.")
            .Require(until.DayNumber - today.DayNumber <= MaxGrantDays, "until", $"A grant lasts at most {MaxGrantDays} days; allocate the practitioner to the child for longer work.")
            .ThrowIfInvalid();
        return New(subject, practitioner!.Trim(), ChildAccessKind.Granted, module, reason!.Trim(), by, at, UkTime.At(until.AddDays(1), TimeOnly.MinValue));
    }

    /// <summary>
    /// Sealed access opened by <paramref name="practitioner"/> in an emergency, lasting <paramref name="lasting"/>.
    /// VALIDATION unless the reason is given in words.
    /// </summary>
    public static ChildAccess OpenSealed(Guid subject, string practitioner, string? reason, DateTimeOffset at, TimeSpan lasting)
    {
        new InputCheck()
            .Require(IsReasonInWords(reason), "reason", "Say why you must see this child's record now, in words (at least two words): it is reported to the data protection officer.")
            .OptionalText(reason, "reason", "The reason", MaxReasonLength)
            .ThrowIfInvalid();
        return New(subject, practitioner, ChildAccessKind.Sealed, null, reason!.Trim(), practitioner, at, at + lasting);
    }

    private static ChildAccess New(Guid subject, string practitioner, ChildAccessKind kind, string? module, string reason, string by, DateTimeOffset at, DateTimeOffset? until) =>
        new()
        {
            Id = Guid.CreateVersion7(), SubjectId = subject, Practitioner = practitioner, Kind = kind, Module = module, Reason = reason,
            From = at, Until = until, RecordedBy = by,
        };

    /// <summary>
    /// Text a person wrote to explain themselves: at least two words of letters and ten characters in all, so that "x",
    /// "....", or "asdfghjkl" are not taken for a reason.
    /// </summary>
    public static bool IsReasonInWords(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10) return false;
        var words = reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2);
        return words >= 2;
    }

    /// <summary>Whether it opens the child's record at <paramref name="at"/>.</summary>
    public bool IsCurrentAt(DateTimeOffset at) => From <= at && EndedAt is null && (Until is null || at < Until);

    /// <summary>
    /// Ends it now (a case closed, a practitioner moved on, an emergency over): kept, with who ended it and why.
    /// CONFLICT when it has already ended or lapsed.
    /// </summary>
    public void End(string? reason, string by, DateTimeOffset at)
    {
        if (EndedAt is { } ended) throw DomainException.Conflict($"This access already ended on {UkTime.DateOf(ended):d MMMM yyyy}.");
        if (Until is { } until && until <= at) throw DomainException.Conflict($"This access already lapsed on {UkTime.DateOf(until):d MMMM yyyy}.");
        new InputCheck()
            .Require(IsReasonInWords(reason), "reason", "Say why the access ends, in words (at least two words).")
            .OptionalText(reason, "reason", "The reason", MaxReasonLength)
            .ThrowIfInvalid();
        EndedAt = at;
        EndedBy = by;
        EndReason = reason!.Trim();
    }

    /// <summary>
    /// The data protection officer's finding on sealed access, with a note. CONFLICT for any other kind of access or one
    /// already reviewed; VALIDATION without a note in words.
    /// </summary>
    public void Review(SealedAccessOutcome outcome, string? note, string by, DateTimeOffset at)
    {
        if (Kind != ChildAccessKind.Sealed) throw DomainException.Conflict("Only sealed access is reviewed by the data protection officer.");
        if (ReviewOutcome is not null) throw DomainException.Conflict($"This sealed access was already reviewed by {ReviewedBy} on {UkTime.DateOf(ReviewedAt!.Value):d MMMM yyyy}.");
        new InputCheck()
            .Require(IsReasonInWords(note), "note", "Write a note on the review, in words (at least two words).")
            .OptionalText(note, "note", "The note", MaxReasonLength)
            .ThrowIfInvalid();
        ReviewOutcome = outcome;
        ReviewNote = note!.Trim();
        ReviewedBy = by;
        ReviewedAt = at;
    }
}
