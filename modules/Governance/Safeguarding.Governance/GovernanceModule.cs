using Safeguarding.SharedKernel.PersonalData;
using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.CaseResolution;
using Safeguarding.Governance.DemoData;
using Safeguarding.Governance.ImprovementPlans;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.Governance.Priorities;
using Safeguarding.Governance.QualityAssurance;
using Safeguarding.Governance.Reviews;
using Safeguarding.Governance.Voice;
using Safeguarding.Governance.Workforce;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Governance;

/// <summary>
/// Governance: how the partnership governs itself.
/// Owns: partners (statutory partners with their Lead and Delegated Safeguarding Partners, relevant agencies),
///       boards and groups with memberships, meetings (attendance, decisions) and actions, and the priorities' plans on a page;
///       the learning cycle: the working-day calendar (England and Wales bank holidays from the shared kernel's IBankHolidayCalendar),
///       learning reviews (Rapid Reviews with the statutory partners' agreements, Learning from Experience reviews,
///       findings and action plans), quality assurance (multi-agency case audits graded per agency, repeat audits,
///       S.175/157 school audit answers, Section 11 agency self-assessments), professional disagreements under the case resolution protocol with every
///       stage change, workforce development (courses, sessions, attendance by agency, evaluations on a 1-5 scale,
///       reflections asked for three months after a session and what they say), improvement plans (outcomes, activities, milestones), and the
///       Young Safeguarders' quarterly scorecard reviews with their recommendations and the responses.
/// Publishes: PartnerRegistered, PartnershipActionCreated, PartnershipActionCompleted, PartnershipActionBecameOverdue,
///            LearningReviewOpened, LearningReviewDecided, LearningReviewBecameOverdue, ReviewActionCompleted,
///            CaseAuditCompleted, Section11SelfAssessmentSubmitted, ProfessionalDisagreementRaised, ProfessionalDisagreementEscalated,
///            ProfessionalDisagreementResolved, TrainingSessionRecorded, TrainingSessionEvaluated, ImprovementMilestoneCompleted.
/// Handles: nothing yet.
/// GraphQL: partners, partnershipBodies, meetings, priorities, partnershipActions, overdueActions,
///          learningReviews, rapidReviewsAtRisk, overdueReviewActions, learningReviewTimeliness,
///          caseAudits, caseAuditComparison, s175Compliance, section11SelfAssessments, section11Compliance, professionalDisagreements, overdueEscalationStages,
///          trainingCourseEvaluations, trainingSessions, trainingReflectionsDue, trainingReflections, improvementPlans, improvementPlan,
///          youngSafeguardersReviews;
///          addPartner, addBodyMember, recordMeeting, createAction, completeAction,
///          openRapidReview, openLearningFromExperienceReview, recordReviewAgreement, decideRapidReview,
///          addReviewFinding, addReviewAction, completeReviewAction,
///          createCaseAudit, gradeCaseAuditAgency, completeCaseAudit, recordS175Return, submitSection11SelfAssessment,
///          raiseProfessionalDisagreement, escalateProfessionalDisagreement, resolveProfessionalDisagreement,
///          addTrainingSession, markTrainingReflectionsRequested, recordTrainingReflection, recordTrainingEvaluation,
///          createImprovementPlan, addImprovementActivity, addImprovementMilestone, completeImprovementMilestone,
///          recordYoungSafeguardersReview, respondToYoungSafeguardersRecommendation.
/// </summary>
public sealed class GovernanceModule() : PartnershipModule<GovernanceDbContext>(ModuleName,
    "Partners, boards and groups, meetings, decisions and actions, and the priorities' plans on a page.")
{
    public const string ModuleName = "Governance";

    public static readonly WebArea Workspace = new("Governance", "/governance",
        "Actions agreed by the partnership's boards and groups that are past their due date.",
        ModuleName, Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator, 500);

    public override IReadOnlyList<WebArea> WebAreas => [Workspace];

    public override IReadOnlyList<DemoUser> DemoUsers =>
    [
        new("gina.governance", "Gina Governance", PartnershipRoles.Practitioner, "Plymouth City Council", [Name], "Partnership manager: records meetings, decisions and actions."),
    ];

    public override IReadOnlyList<PersonalTable> PersonalData =>
    [
        PersonalTable.Of<LearningReview>(x => x.SubjectId, Whose.Child, "Rapid review or learning review about the child").Dated(x => x.NotifiedOn).Anonymised(),
    ];

    protected override IReadOnlyList<Type> UseCases =>
    [
        typeof(MeetingRecords), typeof(PartnershipActions), typeof(LearningReviews), typeof(ReviewActionPlans),
        typeof(CaseAudits), typeof(SchoolAudits), typeof(Section11Submissions), typeof(PartnerRegister), typeof(PartnerDirectory),
        typeof(TrainingReflections), typeof(TrainingSessions), typeof(TrainingEvaluations), typeof(PartnershipBodies),
        typeof(ProfessionalDisagreements), typeof(ImprovementPlanning), typeof(YoungSafeguardersReviews)
    ];

    protected override IReadOnlyList<Type> Sweeps => [typeof(OverdueActionSweep), typeof(OverdueReviewSweep)];

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts =>
    [
        PartnerGraph.Contribute, BodyGraph.Contribute, PriorityGraph.Contribute, ActionGraph.Contribute,
        ReviewGraph.Contribute, QualityAssuranceGraph.Contribute, Section11Graph.Contribute,
        CaseResolutionGraph.Contribute, WorkforceGraph.Contribute, ImprovementPlanGraph.Contribute,
        VoiceGraph.Contribute, GovernanceNodeGraph.Contribute
    ];

    protected override async Task SeedDemoDataAsync(GovernanceDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!await db.Partners.AnyAsync(cancellationToken))
        {
            PartnershipSeed.Write(db, services.GetRequiredService<TimeProvider>());
            await db.SaveChangesAsync(cancellationToken);
        }
        // Seeded on its own test, so that a database seeded before the learning cycle existed gets it too.
        if (!await db.SchoolAuditAnswers.AnyAsync(cancellationToken))
        {
            LearningCycleSeed.Write(db);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
