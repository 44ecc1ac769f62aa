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

    public async Task<AdultOfConcern> RecordAdultOfConcernAsync(RecordAdultOfConcernInput input, string recordedBy, CancellationToken ct)
    {
        var adult = AdultOfConcern.Record(input.Name, input.KnownAs, input.Notes, clock.GetUtcNow(), recordedBy);
        db.AdultsOfConcern.Add(adult);
        await db.SaveChangesAsync(ct);
        return adult;
    }

    public async Task<Location> RecordLocationAsync(string? name, string? kind, CancellationToken ct)
    {
        var location = Location.Record(name, kind, clock.GetUtcNow());
        db.Locations.Add(location);
        await db.SaveChangesAsync(ct);
        return location;
    }
}
