using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>
/// Records intelligence about young people (missing and custody episodes, exploitation concerns) with its links to
/// adults of concern and locations, and the adults and locations themselves. Each record is checked in full (VALIDATION
/// with every problem), then what it refers to (NOT_FOUND), then written with its events in one save; the young person
/// is then enrolled with the Adolescents working group.
/// </summary>
public sealed class IntelligenceIntake(AdolescentsDbContext db, ISubjectRegistry registry, TimeProvider clock)
{
    public async Task<MissingEpisode> RecordMissingEpisodeAsync(RecordMissingEpisodeInput input, string recordedBy, string callerAgency, CancellationToken ct)
    {
        var check = new InputCheck();
        var intake = await Intake.ReadAsync(db, check, input, callerAgency, ct);
        var episode = MissingEpisode.Record(intake.SubjectId, intake.Agency, input.WentMissingAt, input.ReturnedAt, input.WhereFound, clock.GetUtcNow(), recordedBy, check);
        await intake.RequireKnownAsync(db, registry, ct);
        MissingEpisode.RequireNoneOpen(await db.MissingEpisodes.AsNoTracking().Where(e => e.SubjectId == intake.SubjectId && e.ReturnedAt == null)
            .Select(e => (DateTimeOffset?)e.WentMissingAt).FirstOrDefaultAsync(ct));
        db.MissingEpisodes.Add(episode);
        var recorded = episode.Recorded(input.ReturnedAt);
        IntegrationEvent[] events = input.ReturnedAt is { } returned ? [recorded, episode.Return(returned, input.WhereFound)] : [recorded];
        await intake.SaveAsync(db, registry, IntelligenceSource.MissingEpisode, episode.Id, episode.WentMissingAt, events, ct);
        return episode;
    }

    public async Task<CustodyEpisode> RecordCustodyEpisodeAsync(RecordCustodyEpisodeInput input, string recordedBy, string callerAgency, CancellationToken ct)
    {
        var check = new InputCheck();
        var intake = await Intake.ReadAsync(db, check, input, callerAgency, ct);
        var episode = CustodyEpisode.Record(intake.SubjectId, intake.Agency, input.DetainedAt, input.ReleasedAt, clock.GetUtcNow(), recordedBy, check);
        await intake.RequireKnownAsync(db, registry, ct);
        db.CustodyEpisodes.Add(episode);
        await intake.SaveAsync(db, registry, IntelligenceSource.CustodyEpisode, episode.Id, episode.DetainedAt, [episode.Recorded()], ct);
        return episode;
    }

    public async Task<ExploitationConcern> RecordExploitationConcernAsync(RecordExploitationConcernInput input, string recordedBy, string callerAgency, CancellationToken ct)
    {
        var check = new InputCheck();
        var intake = await Intake.ReadAsync(db, check, input, callerAgency, ct);
        var concern = ExploitationConcern.Record(intake.SubjectId, intake.Agency, input.Kind, input.CountyLines, input.Indicators, input.ReportedOn, input.Summary,
            clock.Today(), clock.GetUtcNow(), recordedBy, check);
        await intake.RequireKnownAsync(db, registry, ct);
        db.ExploitationConcerns.Add(concern);
        // A concern is reported on a day: it is linked at midday UK time of that day.
        await intake.SaveAsync(db, registry, IntelligenceSource.ExploitationConcern, concern.Id, UkTime.At(concern.ReportedOn, new TimeOnly(12, 0)),
            [concern.Recorded()], ct);
        return concern;
    }

    /// <summary>
    /// Records an adult of concern. With a date of birth, who they are goes to the partnership's registry (the person it
    /// holds, or a new record; uncertain ones on its review queue) and this module keeps the registry's id; without,
    /// the name is held here until <see cref="IdentifyAdultOfConcernAsync"/>.
    /// </summary>
    public async Task<AdultOfConcern> RecordAdultOfConcernAsync(RecordAdultOfConcernInput input, string recordedBy, CancellationToken ct)
    {
        var adult = AdultOfConcern.Record(input.Name, input.KnownAs, input.Notes, clock.GetUtcNow(), recordedBy);
        if (input.DateOfBirth is not null || !string.IsNullOrWhiteSpace(input.PolicePersonReference))
            await MoveToRegistryAsync(adult, input.DateOfBirth, input.PolicePersonReference, recordedBy, ct);
        db.AdultsOfConcern.Add(adult);
        await db.SaveChangesAsync(ct);
        return adult;
    }

    /// <summary>
    /// Gives the date of birth of an adult held here by name: who they are moves to the partnership's registry and this
    /// module keeps only the registry's id. NOT_FOUND for an unknown adult, CONFLICT when the registry already holds them.
    /// </summary>
    public async Task<AdultOfConcern> IdentifyAdultOfConcernAsync(IdentifyAdultOfConcernInput input, string identifiedBy, CancellationToken ct)
    {
        var adultId = InputCheck.Id(input.AdultId, "adultId", "The adult of concern");
        var adult = await db.AdultsOfConcern.FirstOrDefaultAsync(a => a.Id == adultId, ct) ?? throw DomainException.NotFound("adult of concern", adultId);
        await MoveToRegistryAsync(adult, input.DateOfBirth, input.PolicePersonReference, identifiedBy, ct);
        await db.SaveChangesAsync(ct);
        return adult;
    }

    /// <summary>Registers the adult with the partnership's registry (audited there) and keeps only the id it answers with.</summary>
    private async Task MoveToRegistryAsync(AdultOfConcern adult, DateOnly? dateOfBirth, string? policePersonReference, string by, CancellationToken ct)
    {
        var identity = adult.IdentityFor(dateOfBirth, policePersonReference, clock.Today());
        var registration = await registry.RegisterPersonAsync(identity, AdolescentsModule.ModuleName, by, ct);
        adult.HeldByRegistry(registration.Subject.Value);
    }

    public async Task<Location> RecordLocationAsync(string? name, string? kind, CancellationToken ct)
    {
        var location = Location.Record(name, kind, clock.GetUtcNow());
        db.Locations.Add(location);
        await db.SaveChangesAsync(ct);
        return location;
    }
}
