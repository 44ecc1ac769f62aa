using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.ReturnHomeInterviews;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>A young person was detained in custody.</summary>
public sealed class CustodyEpisode
{
    private CustodyEpisode() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>The agency that reported it.</summary>
    public string ReportingAgency { get; private set; } = "";
    /// <summary>When the young person was detained.</summary>
    public DateTimeOffset DetainedAt { get; private set; }
    /// <summary>When they were released; null while in custody.</summary>
    public DateTimeOffset? ReleasedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>
    /// A new episode, perhaps already ended by a release. Checks the times given (not in the future, within the last two
    /// years, a release not before the detention); problems join those in <paramref name="check"/>, reported at once.
    /// </summary>
    public static CustodyEpisode Record(Guid subjectId, string reportingAgency, DateTimeOffset detainedAt, DateTimeOffset? releasedAt,
        DateTimeOffset now, string recordedBy, InputCheck check)
    {
        check.NotFuture(detainedAt, now, "detainedAt", "The time of detention")
            .NotFuture(releasedAt, now, "releasedAt", "The time of release")
            .Require(releasedAt is null || releasedAt >= detainedAt, "releasedAt", "A young person cannot be released before being detained.")
            .ThrowIfInvalid();
        return new CustodyEpisode
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, ReportingAgency = reportingAgency, DetainedAt = detainedAt.ToUniversalTime(),
            ReleasedAt = releasedAt?.ToUniversalTime(), RecordedAt = now, RecordedBy = recordedBy,
        };
    }

    /// <summary>The event that announces the detention, to be published in the same save.</summary>
    public CustodyEpisodeRecorded Recorded() => new(Id, SubjectId, ReportingAgency, DetainedAt);

    /// <summary>The young person was released. CONFLICT when the release was already recorded; VALIDATION for a release before the detention.</summary>
    public void Release(DateTimeOffset releasedAt)
    {
        if (ReleasedAt is { } r) throw DomainException.Conflict($"The release was already recorded, at {UkDisplay.Show(r)}.");
        new InputCheck().Require(releasedAt >= DetainedAt, "releasedAt", $"A young person cannot be released before being detained ({UkDisplay.Show(DetainedAt)}).").ThrowIfInvalid();
        ReleasedAt = releasedAt.ToUniversalTime();
    }
}
