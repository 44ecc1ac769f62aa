using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.ReturnHomeInterviews;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>A young person went missing; times are UTC instants. A return home interview is due 72 hours after the return.</summary>
public sealed class MissingEpisode
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string ReportingAgency { get; set; } = "";
    public DateTimeOffset WentMissingAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? WhereFound { get; set; }
    public DateTimeOffset? InterviewDueBy { get; set; }
    public DateTimeOffset? InterviewOfferedAt { get; set; }
    public string? InterviewOfferedBy { get; set; }
    public bool? InterviewOfferedWithinTime { get; set; }
    /// <summary>When the overdue sweep announced that no interview had been offered in time (once per episode).</summary>
    public DateTimeOffset? InterviewOverdueAnnouncedAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";

    // Each state change returns the event that announces it, to be published in the same save: recordMissingEpisode and
    // the other mutations, the overdue sweep and the demo data all publish through these, so their events cannot differ.

    /// <summary>The event that announces the episode; <paramref name="returnedAt"/> when it is recorded after the return.</summary>
    public MissingEpisodeRecorded Recorded(DateTimeOffset? returnedAt) => new(Id, SubjectId, ReportingAgency, WentMissingAt, returnedAt?.ToUniversalTime());

    /// <summary>The young person returned: a return home interview is now due within 72 hours.</summary>
    public YoungPersonReturned Return(DateTimeOffset returnedAt, string? whereFound)
    {
        ReturnedAt = returnedAt.ToUniversalTime();
        WhereFound = whereFound?.Trim();
        InterviewDueBy = ReturnHomeInterviewRule.DueBy(returnedAt);
        return new(Id, SubjectId, ReportingAgency, WentMissingAt, ReturnedAt.Value, InterviewDueBy.Value);
    }

    /// <summary>A return home interview was offered, on time when within 72 hours of the return (which must be recorded).</summary>
    public ReturnHomeInterviewOffered OfferInterview(string agency, DateTimeOffset offeredAt)
    {
        var returned = ReturnedAt ?? throw new InvalidOperationException("An interview is offered only after a recorded return.");
        InterviewOfferedAt = offeredAt.ToUniversalTime();
        InterviewOfferedBy = agency;
        InterviewOfferedWithinTime = ReturnHomeInterviewRule.OfferedInTime(returned, offeredAt);
        return new(Id, SubjectId, agency, returned, InterviewOfferedAt.Value, InterviewOfferedWithinTime.Value);
    }

    /// <summary>Announces once that no interview was offered within 72 hours of the return.</summary>
    public ReturnHomeInterviewBecameOverdue AnnounceOverdue(DateTimeOffset now)
    {
        InterviewOverdueAnnouncedAt = now;
        return new(Id, SubjectId, ReturnedAt!.Value, InterviewDueBy!.Value);
    }
}

/// <summary>A young person was detained in custody.</summary>
public sealed class CustodyEpisode
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string ReportingAgency { get; set; } = "";
    public DateTimeOffset DetainedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";

    /// <summary>The event that announces the detention, to be published in the same save.</summary>
    public CustodyEpisodeRecorded Recorded() => new(Id, SubjectId, ReportingAgency, DetainedAt);
}

public enum ExploitationKind { Criminal, Sexual }

/// <summary>An agency's concern that a young person is being exploited, with the indicators seen.</summary>
public sealed class ExploitationConcern
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string ReportingAgency { get; set; } = "";
    public ExploitationKind Kind { get; set; }
    /// <summary>Criminal exploitation through county lines drug supply.</summary>
    public bool CountyLines { get; set; }
    public List<string> Indicators { get; set; } = [];
    public int IndicatorCount { get; set; }
    /// <summary>The UK date the concern was reported.</summary>
    public DateOnly ReportedOn { get; set; }
    public string? Summary { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";

    /// <summary>The event that announces the concern, to be published in the same save.</summary>
    public ExploitationConcernRecorded Recorded() => new(Id, SubjectId, ReportingAgency, Kind.ToString().ToUpperInvariant(), ReportedOn, IndicatorCount);
}

/// <summary>
/// An adult linked to young people at risk, held only inside this module. Details are seen only by the Adolescents
/// working group and every read of them is audited; elsewhere an adult is known by its reference.
/// </summary>
public sealed class AdultOfConcern
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public string Name { get; set; } = "";
    public string? KnownAs { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";

    public static string ReferenceFor(Guid id) => "AOC-" + id.ToString("N")[..8].ToUpperInvariant();
}

/// <summary>A place linked to young people at risk (an address, a park, a transport hub).</summary>
public sealed class Location
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string? Kind { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

public enum IntelligenceSource { MissingEpisode, CustodyEpisode, ExploitationConcern }

/// <summary>One link from a piece of intelligence about a young person to an adult of concern or a location.</summary>
public sealed class IntelligenceLink
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public IntelligenceSource Source { get; set; }
    public Guid SourceId { get; set; }
    /// <summary>When what the intelligence describes happened (went missing, detained, reported).</summary>
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? AdultId { get; set; }
    public Guid? LocationId { get; set; }
}
