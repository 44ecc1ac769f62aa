using Safeguarding.SharedKernel.PersonalData;
using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.DemoData;
using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Workstream;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Neglect;

/// <summary>
/// Neglect: the Graded Care Profile 2 (GCP2) and the neglect workstream.
/// Owns: GCP2 templates (structure only: codes and neutral labels, never the licensed descriptor wording), assessments
///       with sub-area grades, family plan actions, child protection plans of every category, the hospital's dental
///       extraction counts and training reach.
/// Publishes: AssessmentCompleted, ChildProtectionPlanStarted, ChildProtectionPlanEnded.
/// Handles: nothing.
/// GraphQL: gcp2Templates, neglectAssessments, neglectAssessment, neglectChangeOverTime, neglectChildProtectionPlans,
///          Subject.neglect (working group); neglectShareByQuarter, gcp2UseByAgency, neglectDentalExtractions,
///          neglectTrainingReach (aggregates); startNeglectAssessment, recordNeglectAssessment, completeNeglectAssessment,
///          shareNeglectAssessmentWithFamily, correctNeglectAssessment, addFamilyPlanAction, recordChildProtectionPlan,
///          endChildProtectionPlan, recordDentalExtractions, recordNeglectTraining.
/// </summary>
public sealed class NeglectModule() : PartnershipModule<NeglectDbContext>(ModuleName,
    "Graded Care Profile 2 assessments and change over time, neglect child protection plans, dental extractions and training reach.")
{
    public const string ModuleName = "Neglect";

    public static readonly WebArea Workspace = new("Neglect", "/neglect",
        "Graded Care Profile 2 assessments: find them, record a child, assess their care and see it change.",
        ModuleName, Access.WorkingGroupMember, 100);

    public override IReadOnlyList<WebArea> WebAreas => [Workspace];

    public override Type ChronologySource => typeof(NeglectChronology);

    public override IReadOnlyList<DemoUser> DemoUsers =>
    [
        new("nina.neglect", "Nina Neglect", PartnershipRoles.Practitioner, "Livewell Southwest", [Name], "Health visitor in the Neglect working group."),
        // A social worker in two working groups: this one and the child sexual abuse workstream's.
        new("pat.practitioner", "Pat Practitioner", PartnershipRoles.Practitioner, "Plymouth City Council", [Name, "Csa"], "Social worker in both the Neglect and CSA working groups."),
        // Allocates the group's practitioners to children and grants them access (the "manages" claim).
        new("morgan.manager", "Morgan Manager", PartnershipRoles.Practitioner, "Plymouth City Council", [Name], "Team manager who manages the Neglect working group.",
            new Dictionary<string, string> { [PartnershipClaims.Manages] = Name }),
    ];

    /// <summary>A child's record, with every module's part the reader may see, at a short address for any practitioner.</summary>
    public override IReadOnlyList<PageRoute> PageRoutes => [new("/Neglect/Child", "child/{subjectId?}")];

    public override IReadOnlyList<PersonalTable> PersonalData =>
    [
        PersonalTable.Of<Assessment>(x => x.SubjectId, Whose.Child, "Graded Care Profile 2 assessment").Dated(x => x.ObservedOn).Anonymised(x => x.CorrectionReason)
            .AnonymisedWithin(x => x.Grades, g => g.Note),
        PersonalTable.Of<FamilyPlanAction>(x => x.SubjectId, Whose.Child, "Action agreed with the family").Dated(x => x.AgreedAt).Anonymised(x => x.Action, x => x.Owner),
        PersonalTable.Of<ChildProtectionPlan>(x => x.SubjectId, Whose.Child, "Child protection plan").Dated(x => x.StartedOn).Anonymised(),
    ];

    protected override IReadOnlyList<Type> UseCases =>
    [
        typeof(AssessmentHistory), typeof(AssessmentRecords), typeof(FamilyPlans), typeof(ProtectionPlanRecords),
        typeof(WorkstreamFigures)
    ];

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts =>
    [
        AssessmentGraph.Contribute, AssessmentListGraph.Contribute, WorkstreamGraph.Contribute
    ];

    protected override async Task SeedDemoDataAsync(NeglectDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.Templates.AnyAsync(cancellationToken)) return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await NeglectSeed.WriteAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
