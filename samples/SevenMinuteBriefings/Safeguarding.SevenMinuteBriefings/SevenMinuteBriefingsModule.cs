using Safeguarding.SevenMinuteBriefings.Briefings;
using Safeguarding.SevenMinuteBriefings.DemoData;
using Safeguarding.SevenMinuteBriefings.Persistence;

namespace Safeguarding.SevenMinuteBriefings;

/// <summary>
/// Seven-minute briefings: the sample module of docs/adding-a-module.md, built by following it step by step. The
/// integration tests load it (the host does not) to prove that a module written from the guide is discovered, migrated,
/// gated and served.
/// Owns: seven-minute briefings.
/// Publishes: SevenMinuteBriefingPublished.
/// Handles: nothing.
/// GraphQL: sevenMinuteBriefings (anyone signed in); publishSevenMinuteBriefing (its working group).
/// </summary>
public sealed class SevenMinuteBriefingsModule() : PartnershipModule<SevenMinuteBriefingsDbContext>(ModuleName,
    "Seven-minute briefings: the learning from reviews, for teams to read together.")
{
    public const string ModuleName = "SevenMinuteBriefings";

    public override IReadOnlyList<DemoUser> DemoUsers =>
    [
        new("brian.briefings", "Brian Briefings", PartnershipRoles.Practitioner, "Plymouth City Council", [Name], "Learning and development officer: publishes seven-minute briefings."),
    ];

    protected override IReadOnlyList<Type> UseCases => [typeof(SevenMinuteBriefingLibrary)];

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts => [BriefingGraph.Contribute];

    protected override async Task SeedDemoDataAsync(SevenMinuteBriefingsDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.Briefings.AnyAsync(cancellationToken)) return;
        SevenMinuteBriefingSeed.Write(db, services.GetRequiredService<TimeProvider>().Today());
        await db.SaveChangesAsync(cancellationToken);
    }
}
