namespace Safeguarding.Csa.Contracts;

/// <summary>A sign or indicator of sexual abuse was recorded. Category and agency only: no subject id, no description.</summary>
public sealed record SignOrIndicatorRecorded(Guid IndicatorId, string Category, string SourceAgency, DateOnly ObservedOn) : IntegrationEvent;

/// <summary>
/// Indicators about a child accumulated past the flagging rule, so the child needs a multi-agency discussion.
/// Reason is AGENCIES (two or more agencies) or COUNT (three or more indicators in the window), or both joined by '+'.
/// </summary>
public sealed record SubjectFlaggedForDiscussion(
    Guid FlagId, Guid SubjectId, DateOnly FlaggedOn, int AgencyCount, int IndicatorsInWindow, string Reason) : IntegrationEvent;

/// <summary>A harmful sexual behaviour incident was graded GREEN, AMBER or RED.</summary>
public sealed record HarmfulSexualBehaviourGraded(Guid IncidentId, string Agency, DateOnly OccurredOn, string Grade) : IntegrationEvent;

/// <summary>A child was referred to a support or recovery service.</summary>
public sealed record SupportReferralMade(Guid ReferralId, string Service, DateOnly ReferredOn) : IntegrationEvent;

/// <summary>Support started for a referral, after <paramref name="WaitingDays"/> days.</summary>
public sealed record SupportStarted(Guid ReferralId, string Service, DateOnly ReferredOn, DateOnly StartedOn, int WaitingDays) : IntegrationEvent;

/// <summary>The number of children safeguarded at the hospital for sexual abuse in a financial year (e.g. "2023-24").</summary>
public sealed record HospitalSafeguardedCasesReported(string FinancialYear, int Cases, string Source) : IntegrationEvent;

/// <summary>
/// The multi-agency discussion of a flagged child was held, closing the flag; indicators recorded afterwards can raise
/// a new one. No subject id: Scrutiny needs how long flags waited, not whose they were.
/// </summary>
public sealed record MultiAgencyDiscussionHeld(Guid FlagId, DateOnly FlaggedOn, DateOnly HeldOn, int Agencies) : IntegrationEvent;
