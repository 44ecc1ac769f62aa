namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Two records the matcher could not tell apart with confidence: a newly registered subject and the existing one it may
/// be. Both records stand (each module keeps what it wrote) until a practitioner decides: the same child (merged) or
/// different children (kept apart, and never offered again). The matcher's reasons may name the people compared, so they
/// are held encrypted like identities.
/// </summary>
public sealed class PossibleDuplicate
{
    public const int MaxReasonLength = 2000;

    public Guid Id { get; set; }

    /// <summary>The record registered when the question arose.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>The record it may duplicate (the one already held).</summary>
    public Guid CandidateId { get; set; }

    public double Score { get; set; }
    public string ProtectedReasons { get; set; } = "";
    public string RaisedInModule { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public DateTimeOffset RaisedAt { get; set; }
    public DuplicateStatus Status { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>The merge that confirmed it, while it stands or after it was separated.</summary>
    public Guid? MergeId { get; set; }

    public static PossibleDuplicate Raise(Guid subjectId, Guid candidateId, double score, string protectedReasons, string module, string raisedBy, DateTimeOffset at)
    {
        if (subjectId == candidateId) throw new InvalidOperationException("A record cannot duplicate itself.");
        return new PossibleDuplicate
        {
            Id = Guid.CreateVersion7(), SubjectId = subjectId, CandidateId = candidateId, Score = score, ProtectedReasons = protectedReasons,
            RaisedInModule = module, RaisedBy = raisedBy, RaisedAt = at, Status = DuplicateStatus.Open,
        };
    }

    /// <summary>A practitioner confirmed the two records are one child: they are merged by <paramref name="merge"/>.</summary>
    public void Confirm(SubjectMerge merge, string by, string reason, DateTimeOffset at)
    {
        RequireOpen();
        Status = DuplicateStatus.Merged;
        MergeId = merge.Id;
        Decided(by, reason, at);
    }

    /// <summary>A practitioner decided they are different children (twins, siblings, namesakes): the pair is not offered again.</summary>
    public void KeepApart(string by, string reason, DateTimeOffset at)
    {
        RequireOpen();
        Status = DuplicateStatus.KeptApart;
        Decided(by, reason, at);
    }

    /// <summary>The merge this review confirmed was undone: the pair stays apart and is not offered again.</summary>
    public void Separated() => Status = DuplicateStatus.Separated;

    private void RequireOpen()
    {
        if (Status != DuplicateStatus.Open)
            throw DomainException.Conflict($"This possible duplicate was already decided ({Describe(Status)}) by {DecidedBy} on {DecidedAt:d MMMM yyyy}.");
    }

    private void Decided(string by, string reason, DateTimeOffset at)
    {
        DecidedBy = by;
        DecisionReason = reason;
        DecidedAt = at;
    }

    public static string Describe(DuplicateStatus status) => status switch
    {
        DuplicateStatus.Open => "waiting for a decision",
        DuplicateStatus.Merged => "the same child, merged",
        DuplicateStatus.KeptApart => "different children, kept apart",
        _ => "merged, then separated again",
    };
}
