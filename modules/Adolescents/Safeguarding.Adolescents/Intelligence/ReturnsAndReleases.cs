using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>
/// What happens after an episode is recorded: the young person's return (and where they were found), the return home
/// interview offered, the release from custody. Each is checked (VALIDATION), the episode loaded (NOT_FOUND), the change
/// made by the episode (CONFLICT when already recorded), and saved with its event once.
/// </summary>
public sealed class ReturnsAndReleases(AdolescentsDbContext db, TimeProvider clock)
{
    public async Task<MissingEpisode> RecordReturnAsync(RecordReturnInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = check.ParseId(input.EpisodeId, "episodeId", "The missing episode");
        var locations = Intake.ParseIds(check, input.LocationIds, "locationIds", "A location");
        check.NotFuture(input.ReturnedAt, clock.GetUtcNow(), "returnedAt", "The time of return").OptionalText(input.WhereFound, "whereFound", "Where found", 500).ThrowIfInvalid();
        var episode = await db.MissingEpisodes.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw DomainException.NotFound("missing episode", id);
        var returned = episode.Return(input.ReturnedAt, input.WhereFound);
        await Intake.RequireLocationsAsync(db, locations, ct);
        db.Publish(returned);
        db.Links.AddRange(locations.Select(l => IntelligenceLink.ToLocation(episode.SubjectId, IntelligenceSource.MissingEpisode, episode.Id, input.ReturnedAt.ToUniversalTime(), l)));
        await db.SaveChangesAsync(ct);
        return episode;
    }

    public async Task<MissingEpisode> OfferInterviewAsync(OfferInterviewInput input, string callerAgency, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = check.ParseId(input.EpisodeId, "episodeId", "The missing episode");
        var agency = await Intake.ReportingAgencyAsync(db, check, input.OfferingAgency, "offeringAgency", callerAgency, ct);
        check.NotFuture(input.OfferedAt, clock.GetUtcNow(), "offeredAt", "The time the interview was offered").ThrowIfInvalid();
        var episode = await db.MissingEpisodes.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw DomainException.NotFound("missing episode", id);
        db.Publish(episode.OfferInterview(agency, input.OfferedAt));
        await db.SaveChangesAsync(ct);
        return episode;
    }

    public async Task<CustodyEpisode> RecordReleaseAsync(string? episodeId, DateTimeOffset releasedAt, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = check.ParseId(episodeId, "episodeId", "The custody episode");
        check.NotFuture(releasedAt, clock.GetUtcNow(), "releasedAt", "The time of release").ThrowIfInvalid();
        var episode = await db.CustodyEpisodes.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw DomainException.NotFound("custody episode", id);
        episode.Release(releasedAt);
        await db.SaveChangesAsync(ct);
        return episode;
    }
}
