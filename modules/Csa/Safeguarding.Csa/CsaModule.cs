using Safeguarding.SharedKernel.PersonalData;
using Microsoft.Extensions.Options;
using Safeguarding.Csa.DemoData;
using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Persistence;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Csa;

/// <summary>
/// Child sexual abuse: signs and indicators, harmful sexual behaviour, and the sexual harm workstream.
/// Owns: indicator categories (reference data), signs and indicators per child, discussion flags, HSB incidents graded
///       GREEN/AMBER/RED, support referrals with waiting times, a read model of sexual abuse child protection plans,
///       hospital-safeguarded case counts, CSA workshop reach, young-people-led awareness activities.
/// Publishes: SignOrIndicatorRecorded, SubjectFlaggedForDiscussion, MultiAgencyDiscussionHeld, HarmfulSexualBehaviourGraded,
///            SupportReferralMade, SupportStarted, HospitalSafeguardedCasesReported.
/// Handles: Neglect's ChildProtectionPlanStarted and ChildProtectionPlanEnded (category SEXUAL only); the registry's
///          SubjectsMerged (a merged child's indicators count together for the flagging rule).
/// GraphQL: csaIndicatorCategories; csaChronology, csaOpenFlags, csaUnmetReferrals, Subject.csa (working group, audited
///          reads); csaSupportGaps, csaHsbByQuarter, csaSexualAbusePlansByQuarter, csaHospitalSafeguardedCases,
///          csaWorkshopTraining, csaAwarenessActivities (aggregates); recordCsaIndicator, recordCsaMultiAgencyDiscussion,
///          recordCsaHarmfulSexualBehaviour, makeCsaSupportReferral, startCsaSupport, recordCsaHospitalSafeguardedCases,
///          recordCsaWorkshopTraining, recordCsaAwarenessActivity.
/// </summary>
public sealed class CsaModule() : PartnershipModule<CsaDbContext>(ModuleName,
    "Child sexual abuse: signs and indicators chronology with multi-agency flagging, harmful sexual behaviour, support referrals and the sexual harm workstream's figures.")
{
    public const string ModuleName = "Csa";

    public static readonly WebArea Workspace = new("Child sexual abuse", "/csa",
        "Record a sign or indicator of child sexual abuse.",
        ModuleName, Access.WorkingGroupMember, 400);

    public override IReadOnlyList<WebArea> WebAreas => [Workspace];

    public override Type ChronologySource => typeof(CsaChronology);

    public override IReadOnlyList<DemoUser> DemoUsers =>
    [
        new("carla.csa", "Carla CSA", PartnershipRoles.Practitioner, "NSPCC", [Name], "Practitioner in the Child Sexual Abuse working group."),
    ];

    public override IReadOnlyList<PersonalTable> PersonalData =>
    [
        PersonalTable.Of<Indicator>(x => x.SubjectId, Whose.Child, "Sign or indicator of sexual abuse").Dated(x => x.ObservedOn).Anonymised(x => x.Description),
        PersonalTable.Of<DiscussionFlag>(x => x.SubjectId, Whose.Child, "Flag for a multi-agency discussion").Dated(x => x.FlaggedOn)
            .Anonymised(x => x.DiscussionOutcome),
        PersonalTable.Of<HsbIncident>(x => x.SubjectId, Whose.Child, "Harmful sexual behaviour incident").Dated(x => x.OccurredOn).Anonymised(x => x.Behaviour, x => x.Response),
        PersonalTable.Of<SupportReferral>(x => x.SubjectId, Whose.Child, "Referral for support").Dated(x => x.ReferredOn).Anonymised(),
        PersonalTable.Of<SexualAbusePlan>(x => x.SubjectId, Whose.Child, "Child protection plan for sexual abuse").Dated(x => x.StartedOn).Anonymised(),
    ];

    protected override IReadOnlyList<Type> UseCases =>
    [
        typeof(Chronologies), typeof(IndicatorRecords), typeof(MultiAgencyDiscussions), typeof(HsbRecords),
        typeof(SupportReferrals), typeof(WorkstreamFigures), typeof(ChildRecords)
    ];

    public override void ConfigureServices(IServiceCollection services, ModuleHostContext host)
    {
        base.ConfigureServices(services, host);
        services.AddOptions<FlaggingOptions>().BindConfiguration(FlaggingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new FlaggingRule(sp.GetRequiredService<IOptions<FlaggingOptions>>().Value));
    }

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts =>
    [
        IndicatorGraph.Contribute, HsbGraph.Contribute, SupportGraph.Contribute, WorkstreamGraph.Contribute,
        CsaSubjectGraph.Contribute
    ];

    protected override async Task SeedDemoDataAsync(CsaDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.HospitalCases.AnyAsync(cancellationToken) || await db.AwarenessActivities.AnyAsync(cancellationToken)) return;
        CsaSeed.Write(db);
        await db.SaveChangesAsync(cancellationToken);
    }
}
