using Safeguarding.SharedKernel.PersonalData;
using Safeguarding.Adolescents.Briefing;
using Safeguarding.Adolescents.Contextual;
using Safeguarding.Adolescents.DemoData;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Adolescents.ReturnHomeInterviews;
using Safeguarding.Adolescents.SafetyPlans;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Adolescents;

/// <summary>
/// Adolescents: the Daily Intelligence Briefing (DIB) that replaced the monthly Missing and Child Exploitation meetings.
/// Owns: missing and custody episodes, exploitation concerns, adults of concern (who they are held by the registry once
///       their date of birth is known, by name here until then) and locations, the
///       links between them, return home interviews, published briefings with their agreed responses, and Adolescent
///       Safety Framework plans with every version a review saved; its own copy of the partnership's agencies.
/// Publishes: MissingEpisodeRecorded, YoungPersonReturned, ReturnHomeInterviewOffered, ReturnHomeInterviewBecameOverdue,
///            CustodyEpisodeRecorded, ExploitationConcernRecorded, DailyBriefingPublished (counts only).
/// Handles: Governance's PartnerRegistered.
/// GraphQL: see docs/modules/adolescents.md.
/// </summary>
public sealed class AdolescentsModule() : PartnershipModule<AdolescentsDbContext>(ModuleName,
    "The Daily Intelligence Briefing: missing, custody and exploitation intelligence, return home interviews, contextual safeguarding and Adolescent Safety Framework plans.")
{
    public const string ModuleName = "Adolescents";

    public static readonly WebArea Workspace = new("Adolescents", "/adolescents",
        "Young people at risk outside the home: record a missing episode.",
        ModuleName, Access.WorkingGroupMember, 200);
    public static readonly WebArea Briefing = new("Daily briefing", "/adolescents/briefing",
        "Today's Daily Intelligence Briefing: the young people most at risk, why, and the responses agreed.",
        ModuleName, Access.WorkingGroupMember, 210);

    public override IReadOnlyList<WebArea> WebAreas => [Workspace, Briefing];

    public override Type ChronologySource => typeof(AdolescentsChronology);

    public override IReadOnlyList<DemoUser> DemoUsers =>
    [
        new("adam.adolescents", "Adam Adolescents", PartnershipRoles.Practitioner, "Devon and Cornwall Police", [Name], "Police officer on the Daily Intelligence Briefing."),
    ];

    public override IReadOnlyList<PersonalTable> PersonalData =>
    [
        PersonalTable.Of<MissingEpisode>(x => x.SubjectId, Whose.Child, "Missing episode").Dated(x => x.WentMissingAt).Anonymised(x => x.WhereFound),
        PersonalTable.Of<CustodyEpisode>(x => x.SubjectId, Whose.Child, "Episode in custody").Dated(x => x.DetainedAt).Anonymised(),
        PersonalTable.Of<ExploitationConcern>(x => x.SubjectId, Whose.Child, "Concern of exploitation").Dated(x => x.ReportedOn).Anonymised(x => x.Summary),
        PersonalTable.Of<IntelligenceLink>(x => x.SubjectId, Whose.Child, "Link to an adult of concern or a location").Dated(x => x.OccurredAt)
            .NamingOthers(x => x.AdultId).Anonymised(),
        PersonalTable.Of<BriefingEntry>(x => x.SubjectId, Whose.Child, "Daily briefing entry").Anonymised(),
        PersonalTable.Of<AgreedResponse>(x => x.SubjectId, Whose.Child, "Response agreed at a daily briefing").Dated(x => x.AgreedAt).Anonymised(x => x.Action, x => x.Outcome),
        PersonalTable.Of<SafetyPlan>(x => x.SubjectId, Whose.Child, "Adolescent safety plan").Dated(x => x.StartedAt),
        PersonalTable.Of<AdultOfConcern>(x => x.SubjectId, Whose.Adult, "Adult of concern linked to young people at risk").Dated(x => x.RecordedAt)
            .Anonymised(x => x.Name, x => x.KnownAs, x => x.Notes),
    ];

    protected override IReadOnlyList<Type> UseCases =>
    [
        typeof(DailyBriefingGenerator), typeof(BriefingResponses), typeof(SafetyPlanReviews),
        typeof(ContextualSafeguarding), typeof(IntelligenceIntake), typeof(ReturnsAndReleases),
        typeof(AdultOfConcernDetailsReads)
    ];

    protected override IReadOnlyList<Type> Sweeps => [typeof(OverdueInterviewSweep)];

    public override void ConfigureServices(IServiceCollection services, ModuleHostContext host)
    {
        base.ConfigureServices(services, host);
        services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section)
            .Validate(o => !o.Problems().Any(), $"{BriefingOptions.Section} is not valid: see docs/modules/adolescents.md.")
            .ValidateOnStart();
    }

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts =>
    [
        IntelligenceGraph.Contribute, BriefingGraph.Contribute, ContextualGraph.Contribute,
        SafetyPlanGraph.Contribute
    ];

    protected override async Task SeedDemoDataAsync(AdolescentsDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.MissingEpisodes.AnyAsync(cancellationToken)) return;
        AdolescentsSeed.Write(db, services.GetRequiredService<TimeProvider>());
        await db.SaveChangesAsync(cancellationToken);
    }
}
