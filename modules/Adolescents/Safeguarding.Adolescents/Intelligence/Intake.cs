using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Adolescents.Partners;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>What every piece of intelligence says: about whom, from which agency, and which adults and places it links to.</summary>
public abstract class IntakeInput
{
    public string? SubjectId { get; set; }
    public string? ReportingAgency { get; set; }
    public List<string>? AdultOfConcernIds { get; set; }
    public List<string>? LocationIds { get; set; }
}

internal static class IntakeFields
{
    public static void Add<T>(InputObjectGraphType<T> type) where T : IntakeInput
    {
        type.Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The young person: a subject registered through registerSubject.");
        type.Field<StringGraphType>("reportingAgency").Description("One of the partnership's agencies; by default your own agency.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("adultOfConcernIds").Description("Adults of concern this intelligence links to.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("locationIds").Description("Locations this intelligence links to.");
    }
}

/// <summary>An intake input, read and checked: first its form (with the other fields' checks), then what it refers to.</summary>
internal sealed class Intake
{
    private const int MaxLinks = 20;

    public Guid SubjectId { get; private init; }
    public string Agency { get; private init; } = "";
    public List<Guid> Adults { get; private init; } = [];
    public List<Guid> Locations { get; private init; } = [];

    /// <summary>Adds any problem with the common fields to <paramref name="check"/>; the caller throws once with all problems.</summary>
    public static async Task<Intake> ReadAsync(IResolveFieldContext c, InputCheck check, IntakeInput input)
    {
        var subject = check.ParseId(input.SubjectId, "subjectId", "The young person's subject id");
        var adults = ParseIds(check, input.AdultOfConcernIds, "adultOfConcernIds", "An adult of concern");
        var locations = ParseIds(check, input.LocationIds, "locationIds", "A location");
        var agency = await ReportingAgencyAsync(c, check, input.ReportingAgency, "reportingAgency");
        return new Intake { SubjectId = subject, Agency = agency, Adults = adults, Locations = locations };
    }

    public static List<Guid> ParseIds(InputCheck check, List<string>? values, string field, string label)
    {
        var ids = (values ?? []).Select((v, i) => check.ParseId(v, $"{field}[{i}]", label)).Where(g => g != Guid.Empty).Distinct().ToList();
        check.Require(ids.Count <= MaxLinks, field, $"At most {MaxLinks} can be linked at once.");
        return ids;
    }

    /// <summary>The named agency in the partnership's spelling, or (none named) the caller's own agency.</summary>
    public static async Task<string> ReportingAgencyAsync(IResolveFieldContext c, InputCheck check, string? named, string field)
    {
        if (string.IsNullOrWhiteSpace(named)) return CallerAgency(c);
        var (known, _) = await PartnerNames.ResolveAsync(c.Service<AdolescentsDbContext>(), [named], c.CancellationToken);
        check.Require(known.Count == 1, field, $"\"{named.Trim()}\" is not one of the partnership's agencies.");
        return known.FirstOrDefault() ?? "";
    }

    public static string CallerAgency(IResolveFieldContext c) =>
        c.User!.FindFirst(PartnershipClaims.Agency)?.Value is { Length: > 0 } agency ? agency : "Unknown agency";

    /// <summary>NOT_FOUND unless the young person is registered and every linked adult and location is held here.</summary>
    public async Task RequireKnownAsync(IResolveFieldContext c)
    {
        await RequireSubjectAsync(c, SubjectId);
        var db = c.Service<AdolescentsDbContext>();
        var adults = await db.AdultsOfConcern.AsNoTracking().Where(a => Adults.Contains(a.Id)).Select(a => a.Id).ToListAsync(c.CancellationToken);
        if (Adults.Except(adults).FirstOrDefault() is var missingAdult && missingAdult != Guid.Empty) throw PartnershipError.NotFound("adult of concern", missingAdult);
        var places = await db.Locations.AsNoTracking().Where(l => Locations.Contains(l.Id)).Select(l => l.Id).ToListAsync(c.CancellationToken);
        if (Locations.Except(places).FirstOrDefault() is var missingPlace && missingPlace != Guid.Empty) throw PartnershipError.NotFound("location", missingPlace);
    }

    public static async Task RequireSubjectAsync(IResolveFieldContext c, Guid subjectId)
    {
        if (!await c.Service<ISubjectRegistry>().ExistsAsync(new SubjectId(subjectId), c.CancellationToken))
            throw new PartnershipError(ErrorCodes.NotFound,
                $"No young person is registered with subject id {subjectId}. Register them first (registerSubject), then record the intelligence.");
    }

    public IEnumerable<IntelligenceLink> Links(IntelligenceSource source, Guid sourceId, DateTimeOffset occurredAt) =>
        Adults.Select(a => new IntelligenceLink { Id = Guid.NewGuid(), SubjectId = SubjectId, Source = source, SourceId = sourceId, OccurredAt = occurredAt, AdultId = a })
            .Concat(Locations.Select(l => new IntelligenceLink { Id = Guid.NewGuid(), SubjectId = SubjectId, Source = source, SourceId = sourceId, OccurredAt = occurredAt, LocationId = l }));

    /// <summary>After the save: the Adolescents working group may now see who the young person is.</summary>
    public Task EnrolAsync(IResolveFieldContext c) =>
        c.Service<ISubjectRegistry>().EnrolAsync(new SubjectId(SubjectId), AdolescentsModule.ModuleName, c.CancellationToken);
}
