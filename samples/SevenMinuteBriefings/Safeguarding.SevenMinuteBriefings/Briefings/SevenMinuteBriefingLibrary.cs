using Safeguarding.SevenMinuteBriefings.Persistence;

namespace Safeguarding.SevenMinuteBriefings.Briefings;

/// <summary>Publishes seven-minute briefings and reads them back, newest first.</summary>
public sealed class SevenMinuteBriefingLibrary(SevenMinuteBriefingsDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SevenMinuteBriefing>> ListAsync(CancellationToken ct) =>
        await db.Briefings.AsNoTracking().OrderByDescending(b => b.PublishedOn).ThenBy(b => b.Title).ToListAsync(ct);

    public async Task<SevenMinuteBriefing> PublishAsync(PublishSevenMinuteBriefingInput input, string publishedBy, CancellationToken ct)
    {
        var (briefing, published) = SevenMinuteBriefing.Publish(input, publishedBy, clock.Today());
        db.Briefings.Add(briefing);
        db.Publish(published);
        await db.SaveChangesAsync(ct);
        return briefing;
    }
}
