namespace Safeguarding.Adolescents.Contracts;

/// <summary>
/// An agency reported a young person missing. Times are UTC instants. <paramref name="ReturnedAt"/> is set when the
/// episode was recorded after the young person had already returned.
/// </summary>
public sealed record MissingEpisodeRecorded(
    Guid EpisodeId, Guid SubjectId, string ReportingAgency, DateTimeOffset WentMissingAt, DateTimeOffset? ReturnedAt) : IntegrationEvent;

/// <summary>A young person came back from a missing episode; a return home interview is due by <paramref name="InterviewDueBy"/> (72 hours).</summary>
public sealed record YoungPersonReturned(
    Guid EpisodeId, Guid SubjectId, string ReportingAgency, DateTimeOffset WentMissingAt, DateTimeOffset ReturnedAt, DateTimeOffset InterviewDueBy) : IntegrationEvent;

/// <summary>A return home interview was offered; <paramref name="WithinTime"/> is true when offered within 72 hours of the return.</summary>
public sealed record ReturnHomeInterviewOffered(
    Guid EpisodeId, Guid SubjectId, string OfferingAgency, DateTimeOffset ReturnedAt, DateTimeOffset OfferedAt, bool WithinTime) : IntegrationEvent;

/// <summary>No return home interview had been offered 72 hours after the young person returned.</summary>
public sealed record ReturnHomeInterviewBecameOverdue(
    Guid EpisodeId, Guid SubjectId, DateTimeOffset ReturnedAt, DateTimeOffset DueBy) : IntegrationEvent;

/// <summary>A young person was detained in custody.</summary>
public sealed record CustodyEpisodeRecorded(Guid EpisodeId, Guid SubjectId, string ReportingAgency, DateTimeOffset DetainedAt) : IntegrationEvent;

/// <summary>An agency raised an exploitation concern. Kind is CRIMINAL (including county lines) or SEXUAL.</summary>
public sealed record ExploitationConcernRecorded(
    Guid ConcernId, Guid SubjectId, string ReportingAgency, string Kind, DateOnly ReportedOn, int IndicatorCount) : IntegrationEvent;

/// <summary>
/// The Daily Intelligence Briefing for a day was published. Counts only: no subject ids, no names.
/// </summary>
/// <param name="ExploitationRising">Young people with rising exploitation concerns.</param>
/// <param name="InCustody">Young people in custody.</param>
/// <param name="MissingNow">Young people missing at the time.</param>
/// <param name="NewMissing">Young people newly missing.</param>
/// <param name="RepeatMissing">Young people missing repeatedly.</param>
/// <param name="ResponsesDoneFromPreviousDay">Of those, responses done.</param>
/// <param name="ResponsesDueFromPreviousDay">Responses agreed the day before that were due.</param>
public sealed record DailyBriefingPublished(
    Guid BriefingId, DateOnly BriefingDate, int Entries, int NewMissing, int MissingNow, int InCustody,
    int ExploitationRising, int RepeatMissing, int ResponsesDueFromPreviousDay, int ResponsesDoneFromPreviousDay) : IntegrationEvent;
