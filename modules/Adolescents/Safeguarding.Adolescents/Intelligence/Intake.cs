using Safeguarding.Adolescents.Partners;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>An intake input, read and checked: first its form (with the other fields' checks), then what it refers to.</summary>
internal sealed class Intake
{
    private const int MaxLinks = 20;

    public Guid SubjectId { get; private init; }
    public string Agency { get; private init; } = "";
    public List<Guid> Adults { get; private init; } = [];
    public List<Guid> Locations { get; private init; } = [];

    /// <summary>
    /// Adds any problem with the common fields to <paramref name="check"/>; the caller throws once with all problems.
    /// With no reporting agency named, the intelligence is from <paramref name="callerAgency"/>.
    /// </summary>
    public static async Task<Intake> ReadAsync(AdolescentsDbContext db, InputCheck check, IntakeInput input, string callerAgency, CancellationToken ct)
    {
        var subject = check.ParseId(input.SubjectId, "subjectId", "The young person's subject id");
        var adults = ParseIds(check, input.AdultOfConcernIds, "adultOfConcernIds", "An adult of concern");
        var locations = ParseIds(check, input.LocationIds, "locationIds", "A location");
        var agency = await ReportingAgencyAsync(db, check, input.ReportingAgency, "reportingAgency", callerAgency, ct);
        return new Intake { SubjectId = subject, Agency = agency, Adults = adults, Locations = locations };
    }

    public static List<Guid> ParseIds(InputCheck check, List<string>? values, string field, string label)
    {
        var ids = (values ?? []).Select((v, i) => check.ParseId(v, $"{field}[{i}]", label)).Where(g => g != Guid.Empty).Distinct().ToList();
        check.Require(ids.Count <= MaxLinks, field, $"At most {MaxLinks} can be linked at once.");
        return ids;
    }

    /// <summary>The named agency in the partnership's spelling, or (none named) the caller's own agency.</summary>
    public static async Task<string> ReportingAgencyAsync(AdolescentsDbContext db, InputCheck check, string? named, string field, string callerAgency, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(named)) return callerAgency;
        var (known, _) = await PartnerNames.ResolveAsync(db, [named], ct);
        check.Require(known.Count == 1, field, $"\"{named.Trim()}\" is not one of the partnership's agencies.");
        return known.FirstOrDefault() ?? "";
    }

    /// <summary>NOT_FOUND unless the young person is registered and every linked adult and location is held here.</summary>
    public async Task RequireKnownAsync(AdolescentsDbContext db, ISubjectRegistry registry, CancellationToken ct)
    {
        if (!await registry.ExistsAsync(new SubjectId(SubjectId), ct))
            throw new DomainException(ErrorCodes.NotFound,
                $"No young person is registered with subject id {SubjectId}. Register them first (registerSubject), then record the intelligence.");
        var adults = await db.AdultsOfConcern.AsNoTracking().Where(a => Adults.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        if (Adults.Except(adults).FirstOrDefault() is var missingAdult && missingAdult != Guid.Empty) throw DomainException.NotFound("adult of concern", missingAdult);
        await RequireLocationsAsync(db, Locations, ct);
    }

    /// <summary>NOT_FOUND for the first of <paramref name="locations"/> not held here.</summary>
    public static async Task RequireLocationsAsync(AdolescentsDbContext db, List<Guid> locations, CancellationToken ct)
    {
        var places = await db.Locations.AsNoTracking().Where(l => locations.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        if (locations.Except(places).FirstOrDefault() is var missingPlace && missingPlace != Guid.Empty) throw DomainException.NotFound("location", missingPlace);
    }

    /// <summary>
    /// Writes the record (already added to <paramref name="db"/>) with its links to the adults and locations named, at
    /// <paramref name="occurredAt"/>, and the events that announce it, in one save; then enrols the young person.
    /// </summary>
    public async Task SaveAsync(AdolescentsDbContext db, ISubjectRegistry registry, IntelligenceSource source, Guid sourceId, DateTimeOffset occurredAt,
        IEnumerable<IntegrationEvent> events, CancellationToken ct)
    {
        db.Links.AddRange(Adults.Select(a => IntelligenceLink.ToAdult(SubjectId, source, sourceId, occurredAt, a))
            .Concat(Locations.Select(l => IntelligenceLink.ToLocation(SubjectId, source, sourceId, occurredAt, l))));
        foreach (var announcement in events) db.Publish(announcement);
        await db.SaveChangesAsync(ct);
        // After the save: the Adolescents working group may now see who the young person is.
        await registry.EnrolAsync(new SubjectId(SubjectId), AdolescentsModule.ModuleName, ct);
    }
}
