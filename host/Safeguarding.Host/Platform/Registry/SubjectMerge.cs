namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Two records found to be one child: the absorbed record becomes an alias of the surviving one, so every module keeps the
/// rows it holds under either id and the registry answers for both as one person. Separating undoes exactly that: the
/// alias is removed and each record is again what it was, with whatever each module holds under it.
/// </summary>
public sealed class SubjectMerge
{
    public Guid Id { get; set; }
    /// <summary>The surviving record's id: the child's id from now on.</summary>
    public Guid SurvivorId { get; set; }
    /// <summary>The absorbed record's id, which still finds the child.</summary>
    public Guid AbsorbedId { get; set; }
    /// <summary>The possible duplicate whose review led to the merge; null when merged without one.</summary>
    public Guid? ReviewId { get; set; }
    /// <summary>Who confirmed they are one child.</summary>
    public string MergedBy { get; set; } = "";
    /// <summary>When the records were merged.</summary>
    public DateTimeOffset MergedAt { get; set; }
    /// <summary>Why they were found to be one child.</summary>
    public string Reason { get; set; } = "";
    /// <summary>Who undid it; null while it stands.</summary>
    public string? SeparatedBy { get; set; }
    /// <summary>When the merge was undone; null while it stands.</summary>
    public DateTimeOffset? SeparatedAt { get; set; }
    /// <summary>Why it was undone; null while it stands.</summary>
    public string? SeparationReason { get; set; }

    public bool Stands => SeparatedAt is null;

    /// <summary>
    /// Merges two people, each given by the id that stands for them (their root record); the older record survives, so the
    /// id most modules already use stays the person's id.
    /// </summary>
    public static SubjectMerge Of(SubjectRecord first, SubjectRecord second, Guid? reviewId, string by, string reason, DateTimeOffset at)
    {
        if (first.MergedInto is not null || second.MergedInto is not null) throw new InvalidOperationException("Only people's root records are merged.");
        if (first.Id == second.Id) throw DomainException.Conflict("These records are already one child.");
        var (survivor, absorbed) = first.RegisteredAt <= second.RegisteredAt ? (first, second) : (second, first);
        absorbed.MergedInto = survivor.Id;
        return new SubjectMerge { Id = Guid.CreateVersion7(), SurvivorId = survivor.Id, AbsorbedId = absorbed.Id, ReviewId = reviewId, MergedBy = by, MergedAt = at, Reason = reason };
    }

    /// <summary>Undoes the merge: the absorbed record (with any records merged into it before) is a person of its own again.</summary>
    public void Separate(SubjectRecord absorbed, string by, string reason, DateTimeOffset at)
    {
        if (!Stands) throw DomainException.Conflict($"These records were already separated by {SeparatedBy} on {SeparatedAt:d MMMM yyyy}.");
        if (absorbed.Id != AbsorbedId || absorbed.MergedInto != SurvivorId) throw new InvalidOperationException("The absorbed record is not where this merge put it.");
        absorbed.MergedInto = null;
        SeparatedBy = by;
        SeparatedAt = at;
        SeparationReason = reason;
    }
}
