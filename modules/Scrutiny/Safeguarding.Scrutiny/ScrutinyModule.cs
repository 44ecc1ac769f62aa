using Safeguarding.Scrutiny.DemoData;
using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.Recommendations;
using Safeguarding.Scrutiny.Report;
using Safeguarding.Scrutiny.Returns;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Scrutiny;

/// <summary>
/// Scrutiny: the whole partnership's figures for the independent scrutineer and the boards.
/// Owns: facts learned from other modules' events (the read model, rebuilt by replaying the event history), agencies' data
///       returns and expected suppliers, figures the partnership published, the scrutineer's recommendations and their history.
/// Publishes: ScrutinyRecommendationStatusChanged.
/// Handles: Governance (PartnerRegistered, PartnershipActionBecameOverdue/Completed, LearningReviewDecided/BecameOverdue,
///          CaseAuditCompleted, TrainingSessionRecorded, TrainingSessionEvaluated); Neglect (ChildProtectionPlanStarted/Ended,
///          AssessmentCompleted); DomesticAbuse (ProtectionNoticeReceived, ChildrenInNoticesFigureReported,
///          EncompassNotificationAcknowledged/BecameLate); Adolescents (MissingEpisodeRecorded, YoungPersonReturned,
///          ReturnHomeInterviewOffered/BecameOverdue); Csa (SubjectFlaggedForDiscussion, HarmfulSexualBehaviourGraded,
///          HospitalSafeguardedCasesReported); Funding (ContributionRecorded, ExpenditureRecorded, FinancialYearClosed).
/// GraphQL: scorecard, scorecardCsv, annualReport, publishedFigures, scrutinyRecommendations (aggregates: scrutineer,
///          administrators, practitioners); dataReturns, dataSuppliers; submitDataReturn, expectDataSupplier (administrators);
///          addScrutinyRecommendation, closeRecommendation, reopenRecommendation (scrutineer); assignRecommendationOwner,
///          respondToRecommendation (administrators and the scrutineer).
/// Nothing here identifies a child: facts keep no subject ids.
/// </summary>
public sealed class ScrutinyModule() : PartnershipModule<ScrutinyDbContext>(ModuleName,
    "The partnership data scorecard with its gaps, the annual report's figures, and the independent scrutineer's recommendations.")
{
    public const string ModuleName = "Scrutiny";

    public static readonly WebArea Figures = new("Figures", "/figures",
        "The partnership's figures over time, as charts. No child can be identified in them.",
        null, Access.Scrutineer | Access.Administrator | Access.AnyPractitioner, 700);
    public static readonly WebArea Dashboard = new("Dashboard", "/dashboard",
        "The partnership's scorecard over quarters, with trends, gaps in agencies' data and the year's money. Counts only.",
        ModuleName, Access.Scrutineer | Access.Administrator | Access.AnyPractitioner, 710);
    public static readonly WebArea AnnualReport = new("Annual report", "/annual-report",
        "The annual report's figures for a financial year, generated from the records, ready to print.",
        ModuleName, Access.Scrutineer | Access.Administrator | Access.AnyPractitioner, 720);

    public override IReadOnlyList<WebArea> WebAreas => [Figures, Dashboard, AnnualReport];

    protected override IReadOnlyList<Type> UseCases =>
    [
        typeof(Scorecards), typeof(AnnualReports), typeof(AgencyReturns), typeof(RecommendationTracking)
    ];

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts =>
    [
        ScorecardGraph.Contribute, ReturnsGraph.Contribute, RecommendationGraph.Contribute, ReportGraph.Contribute, ScrutinyNodeGraph.Contribute
    ];

    protected override async Task SeedDemoDataAsync(ScrutinyDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.PublishedFigures.AnyAsync(cancellationToken) || await db.Recommendations.AnyAsync(cancellationToken)) return;
        ScrutinySeed.Write(db, services.GetRequiredService<TimeProvider>());
        await db.SaveChangesAsync(cancellationToken);
    }
}
