using Safeguarding.SevenMinuteBriefings.Persistence;

namespace Safeguarding.SevenMinuteBriefings.Briefings;

/// <summary>Publishes seven-minute briefings and reads them back, newest first.</summary>
public sealed class SevenMinuteBriefingLibrary(SevenMinuteBriefingsDbContext db, TimeProvider clock)
{
    /// <summary>
    /// A page of the briefings, newest published first (of one day, by title): the library grows with every review the
    /// partnership learns from, so it is read a page at a time.
    /// </summary>
    public Task<Page<SevenMinuteBriefing>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.Briefings.AsNoTracking().PageAsync(page, ListOrder<SevenMinuteBriefing>.Descending(b => b.PublishedOn).ThenAscending(b => b.Title).ThenAscending(b => b.Id), ct);

    public async Task<SevenMinuteBriefing> PublishAsync(PublishSevenMinuteBriefingInput input, string publishedBy, CancellationToken ct)
    {
        var (briefing, published) = SevenMinuteBriefing.Publish(input, publishedBy, clock.Today());
        db.Briefings.Add(briefing);
        db.Publish(published);
        await db.SaveChangesAsync(ct);
        return briefing;
    }
}
