using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Adolescents.Briefing;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Adolescents.Contextual;

public sealed record ContextLink(IntelligenceSource Source, Guid SourceId, DateTimeOffset OccurredAt);
public sealed record LinkedYoungPerson(Guid SubjectId, IReadOnlyList<ContextLink> Links);
public sealed record LinkedAdult(AdultOfConcern Adult, IReadOnlyList<LinkedYoungPerson> YoungPeople);
public sealed record LinkedLocation(Location Location, IReadOnlyList<LinkedYoungPerson> YoungPeople);
public sealed record ContextualPicture(DateOnly From, DateOnly To, IReadOnlyList<LinkedAdult> Adults, IReadOnlyList<LinkedLocation> Locations);
public sealed record ContextualCounts(DateOnly From, DateOnly To, int AdultsLinkedToSeveral, int LocationsLinkedToSeveral, int YoungPeopleLinked);

/// <summary>
/// Contextual safeguarding: the adults of concern and locations linked to two or more different young people by
/// intelligence in a window of days ending today (UK), with the links. A small graph query over the link table.
/// </summary>
internal static class ContextualSafeguarding
{
    public const int DefaultWindowDays = 90;
    public const int MinimumYoungPeople = 2;

    public static async Task<ContextualPicture> PictureAsync(AdolescentsDbContext db, DateOnly today, int windowDays, CancellationToken ct)
    {
        var from = BriefingPriority.WindowStart(today, windowDays);
        var to = BriefingPriority.EndOf(today);
        var links = await db.Links.AsNoTracking().Where(l => l.OccurredAt >= from && l.OccurredAt < to).ToListAsync(ct);

        static List<(Guid Key, List<LinkedYoungPerson> People)> Shared(IEnumerable<(Guid Key, IntelligenceLink Link)> links) =>
            links.GroupBy(x => x.Key)
                .Select(g => (g.Key, People: g.GroupBy(x => x.Link.SubjectId)
                    .Select(p => new LinkedYoungPerson(p.Key, p.Select(x => new ContextLink(x.Link.Source, x.Link.SourceId, x.Link.OccurredAt))
                        .DistinctBy(l => l.SourceId).OrderBy(l => l.OccurredAt).ToList()))
                    .OrderBy(p => p.SubjectId).ToList()))
                .Where(x => x.People.Count >= MinimumYoungPeople)
                .OrderByDescending(x => x.People.Count).ToList();

        var adults = Shared(links.Where(l => l.AdultId != null).Select(l => (l.AdultId!.Value, l)));
        var places = Shared(links.Where(l => l.LocationId != null).Select(l => (l.LocationId!.Value, l)));
        var adultIds = adults.Select(a => a.Key).ToList();
        var placeIds = places.Select(p => p.Key).ToList();
        var adultRows = await db.AdultsOfConcern.AsNoTracking().Where(a => adultIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var placeRows = await db.Locations.AsNoTracking().Where(l => placeIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return new ContextualPicture(today.AddDays(1 - windowDays), today,
            adults.Select(a => new LinkedAdult(adultRows[a.Key], a.People)).ToList(),
            places.Select(p => new LinkedLocation(placeRows[p.Key], p.People)).ToList());
    }

    public static ContextualCounts Count(ContextualPicture p) => new(p.From, p.To, p.Adults.Count, p.Locations.Count,
        p.Adults.SelectMany(a => a.YoungPeople).Concat(p.Locations.SelectMany(l => l.YoungPeople)).Select(y => y.SubjectId).Distinct().Count());
}

public sealed class ContextLinkGraphType : ObjectGraphType<ContextLink>
{
    public ContextLinkGraphType()
    {
        Name = "ContextualSafeguardingLink";
        Field<NonNullGraphType<EnumerationGraphType<IntelligenceSource>>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("sourceId").Description("The missing or custody episode, or the exploitation concern.").Resolve(c => c.Source.SourceId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => UkTime.ToUk(c.Source.OccurredAt));
    }
}

public sealed class LinkedYoungPersonGraphType : ObjectGraphType<LinkedYoungPerson>
{
    public LinkedYoungPersonGraphType()
    {
        Name = "ContextualSafeguardingYoungPerson";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContextLinkGraphType>>>>("links").WithComplexityImpact(1, 5).Resolve(c => c.Source.Links);
    }
}

public sealed class LinkedAdultGraphType : ObjectGraphType<LinkedAdult>
{
    public LinkedAdultGraphType()
    {
        Name = "ContextualSafeguardingAdult";
        Field<NonNullGraphType<AdultOfConcernGraphType>>("adult").Resolve(c => c.Source.Adult);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedYoungPersonGraphType>>>>("youngPeople").WithComplexityImpact(1, 5).Resolve(c => c.Source.YoungPeople);
    }
}

public sealed class LinkedLocationGraphType : ObjectGraphType<LinkedLocation>
{
    public LinkedLocationGraphType()
    {
        Name = "ContextualSafeguardingLocation";
        Field<NonNullGraphType<LocationGraphType>>("location").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedYoungPersonGraphType>>>>("youngPeople").WithComplexityImpact(1, 5).Resolve(c => c.Source.YoungPeople);
    }
}

public sealed class ContextualPictureGraphType : ObjectGraphType<ContextualPicture>
{
    public ContextualPictureGraphType()
    {
        Name = "ContextualSafeguarding";
        Description = "Adults of concern and locations linked to two or more young people in the window, with the links.";
        Field(x => x.From);
        Field(x => x.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedAdultGraphType>>>>("adults").WithComplexityImpact(1, 10).Resolve(c => c.Source.Adults);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkedLocationGraphType>>>>("locations").WithComplexityImpact(1, 10).Resolve(c => c.Source.Locations);
    }
}

public sealed class ContextualCountsGraphType : ObjectGraphType<ContextualCounts>
{
    public ContextualCountsGraphType()
    {
        Name = "ContextualSafeguardingCounts";
        Description = "Contextual safeguarding in counts only: no adult, location or young person is identified.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.AdultsLinkedToSeveral).Description("Adults of concern linked to two or more young people in the window.");
        Field(x => x.LocationsLinkedToSeveral).Description("Locations linked to two or more young people in the window.");
        Field(x => x.YoungPeopleLinked).Description("Different young people linked to any of them.");
    }
}

internal static class ContextualGraph
{
    private static int Window(IResolveFieldContext c)
    {
        var days = c.GetArgument<int?>("windowDays") ?? ContextualSafeguarding.DefaultWindowDays;
        new InputCheck().Require(days is >= 1 and <= 730, "windowDays", "The window must be from 1 to 730 days.").ThrowIfInvalid();
        return days;
    }

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ContextualPictureGraphType>>("contextualSafeguarding")
            .Description("Adults of concern and locations linked to two or more young people in the last windowDays days (default 90), with the links. Adolescents working group.")
            .Argument<IntGraphType>("windowDays")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c => (object?)await ContextualSafeguarding.PictureAsync(c.Service<AdolescentsDbContext>(), c.Service<TimeProvider>().Today(), Window(c), c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ContextualCountsGraphType>>("contextualSafeguardingCounts")
            .Description("The same picture in counts only. Adolescents working group, scrutineer, administrators.")
            .Argument<IntGraphType>("windowDays")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c => (object?)ContextualSafeguarding.Count(
                await ContextualSafeguarding.PictureAsync(c.Service<AdolescentsDbContext>(), c.Service<TimeProvider>().Today(), Window(c), c.CancellationToken)));
    }
}
