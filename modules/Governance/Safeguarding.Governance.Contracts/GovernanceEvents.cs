namespace Safeguarding.Governance.Contracts;

/// <summary>A partner agency joined the partnership (or was seeded). Other modules keep their own copy of the name.</summary>
public sealed record PartnerRegistered(Guid PartnerId, string Name, bool IsStatutory, string Sector) : IntegrationEvent;

/// <summary>An administrator renamed a partner agency. Copies of the name follow; records keep the name they were made with.</summary>
public sealed record PartnerRenamed(Guid PartnerId, string PreviousName, string Name) : IntegrationEvent;

/// <summary>A partner agency left the partnership. It is kept for history; no new record may name it.</summary>
public sealed record PartnerRetired(Guid PartnerId, string Name, DateOnly RetiredOn) : IntegrationEvent;

/// <summary>A body of the partnership agreed an action.</summary>
public sealed record PartnershipActionCreated(Guid ActionId, Guid BodyId, string BodyName, Guid OwnerPartnerId, DateOnly DueDate) : IntegrationEvent;

/// <summary>An action was completed, with evidence.</summary>
public sealed record PartnershipActionCompleted(Guid ActionId, Guid BodyId, string BodyName, DateOnly DueDate, DateOnly CompletedOn) : IntegrationEvent
{
    public bool CompletedLate => CompletedOn > DueDate;
}

/// <summary>An action passed its due date without being completed. Published once per action.</summary>
public sealed record PartnershipActionBecameOverdue(Guid ActionId, Guid BodyId, string BodyName, Guid OwnerPartnerId, DateOnly DueDate) : IntegrationEvent;

/// <summary>
/// Ids of partners that the demo partnership seeds in Governance and other modules' demo data refers to
/// (e.g. Funding's 2023/24 contributions). Fixed, so that seeds agree without reading each other's tables.
/// </summary>
public static class KnownPartners
{
    public static readonly Guid PlymouthCityCouncil = new("6f0b1a3e-2c1d-4a8e-9b10-000000000001");
    public static readonly Guid DevonAndCornwallPolice = new("6f0b1a3e-2c1d-4a8e-9b10-000000000002");
    public static readonly Guid NhsDevonIcb = new("6f0b1a3e-2c1d-4a8e-9b10-000000000003");
    public static readonly Guid TedWraggTrust = new("6f0b1a3e-2c1d-4a8e-9b10-000000000004");
    public static readonly Guid LivewellSouthwest = new("6f0b1a3e-2c1d-4a8e-9b10-000000000005");
    public static readonly Guid UniversityHospitalsPlymouth = new("6f0b1a3e-2c1d-4a8e-9b10-000000000006");
    public static readonly Guid CityCollegePlymouth = new("6f0b1a3e-2c1d-4a8e-9b10-000000000007");
    public static readonly Guid ProbationService = new("6f0b1a3e-2c1d-4a8e-9b10-000000000008");
}

/// <summary>A learning review was opened (a Rapid Review by a serious incident notification). Carries no subject or identity.</summary>
public sealed record LearningReviewOpened(Guid ReviewId, string Kind, DateOnly NotifiedOn, DateOnly DeadlineOn) : IntegrationEvent;

/// <summary>The statutory partners unanimously decided a Rapid Review's outcome ("Cspr" or "NoCspr").</summary>
public sealed record LearningReviewDecided(Guid ReviewId, string Outcome, DateOnly NotifiedOn, DateOnly DeadlineOn, DateOnly DecidedOn) : IntegrationEvent
{
    public bool DecidedInTime => DecidedOn <= DeadlineOn;
}

/// <summary>A Rapid Review passed its deadline undecided. Published once per review.</summary>
public sealed record LearningReviewBecameOverdue(Guid ReviewId, DateOnly NotifiedOn, DateOnly DeadlineOn) : IntegrationEvent;

/// <summary>An action of a review's action plan was completed.</summary>
public sealed record ReviewActionCompleted(Guid ActionId, Guid ReviewId, Guid OwnerBodyId, DateOnly DueDate, DateOnly CompletedOn) : IntegrationEvent
{
    public bool CompletedLate => CompletedOn > DueDate;
}

/// <summary>A multi-agency case audit was completed, with how many agencies were graded at each level.</summary>
public sealed record CaseAuditCompleted(Guid AuditId, string Topic, string Quarter, Guid? RepeatOfAuditId, DateOnly CompletedOn,
    int GradedGood, int GradedRequiresImprovement, int GradedInadequate) : IntegrationEvent;

/// <summary>One agency raised a professional disagreement with another (case resolution protocol). No child identity.</summary>
public sealed record ProfessionalDisagreementRaised(Guid DisagreementId, Guid RaisedByPartnerId, Guid AgainstPartnerId, string Stage, DateOnly RaisedOn, DateOnly StageDueOn) : IntegrationEvent;

/// <summary>A professional disagreement moved to a higher stage.</summary>
public sealed record ProfessionalDisagreementEscalated(Guid DisagreementId, string FromStage, string ToStage, DateOnly On, DateOnly StageDueOn) : IntegrationEvent;

/// <summary>A professional disagreement was resolved, at the stage it had reached.</summary>
public sealed record ProfessionalDisagreementResolved(Guid DisagreementId, string Stage, DateOnly RaisedOn, DateOnly ResolvedOn) : IntegrationEvent;

/// <summary>An evaluation form was recorded for a training session (scores 1-5).</summary>
public sealed record TrainingSessionEvaluated(Guid SessionId, Guid CourseId, DateOnly HeldOn, int Questions, decimal AverageScore) : IntegrationEvent;

/// <summary>A milestone of an improvement plan was completed.</summary>
public sealed record ImprovementMilestoneCompleted(Guid MilestoneId, Guid PlanId, Guid OwnerPartnerId, DateOnly DueDate, DateOnly CompletedOn) : IntegrationEvent;

/// <summary>An agency submitted its Section 11 self-assessment for a year: how many standards it rated met, partly met, not met.</summary>
public sealed record Section11SelfAssessmentSubmitted(Guid PartnerId, int Year, int Met, int PartiallyMet, int NotMet) : IntegrationEvent;

/// <summary>How many from one agency attended a training session.</summary>
public sealed record TrainingAttendance(Guid PartnerId, int Attendees);

/// <summary>A training session was recorded with its attendance by agency (training reach).</summary>
public sealed record TrainingSessionRecorded(Guid SessionId, Guid CourseId, DateOnly HeldOn, int Attendees, IReadOnlyList<TrainingAttendance> ByAgency) : IntegrationEvent;
