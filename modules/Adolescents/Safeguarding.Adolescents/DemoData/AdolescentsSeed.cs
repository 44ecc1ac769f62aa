using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Adolescents.ReturnHomeInterviews;

namespace Safeguarding.Adolescents.DemoData;

/// <summary>
/// Illustrative demo data so that the Daily Intelligence Briefing is not empty in a demo. The annual report gives no
/// counts of missing episodes, custody or exploitation concerns, so none are reproduced: four obviously synthetic
/// young people (pseudonymous subject ids with no identity in the registry), one synthetic adult of concern and one
/// synthetic location, with times relative to the first start. They are recorded as the mutations record them, through the
/// same entity methods, and publish the same events (the overdue interview announced as the sweep would on its first
/// run), so that Scrutiny counts the episodes and interviews the briefing shows.
/// </summary>
internal static class AdolescentsSeed
{
    public const string Agency = "Devon and Cornwall Police";
    public const string Seeder = "demo-data";

    public static void Write(AdolescentsDbContext db, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var adultOfConcern = AdultOfConcern.Record("Example Adult (illustrative)", null, "Synthetic demo record: not a real person.", now, Seeder);
        db.AdultsOfConcern.Add(adultOfConcern);
        var adult = adultOfConcern.Id;
        var place = Location.Record("Example Location (illustrative)", "Synthetic demo place", now);
        db.Locations.Add(place);

        void Missing(Guid subject, TimeSpan ago, TimeSpan? missingFor, bool offered, params Guid?[] links)
        {
            var went = now - ago;
            DateTimeOffset? back = missingFor is { } d ? went + d : null;
            var episode = MissingEpisode.Record(subject, Agency, went, back, null, now, Seeder, new InputCheck());
            db.Publish(episode.Recorded(back));
            if (back is { } returned)
            {
                db.Publish(episode.Return(returned, null));
                if (offered) db.Publish(episode.OfferInterview("Plymouth City Council", returned.AddHours(30)));
                else if (ReturnHomeInterviewRule.IsOverdue(returned, null, now)) db.Publish(episode.AnnounceOverdue(now));
            }
            db.MissingEpisodes.Add(episode);
            Link(subject, IntelligenceSource.MissingEpisode, episode.Id, went, links);
        }

        void Link(Guid subject, IntelligenceSource source, Guid id, DateTimeOffset at, Guid?[] links)
        {
            foreach (var l in links)
                db.Links.Add(l == adult ? IntelligenceLink.ToAdult(subject, source, id, at, adult) : IntelligenceLink.ToLocation(subject, source, id, at, place.Id));
        }

        // Young person 1: missing now, and missing three times before in the last 90 days.
        var first = Guid.NewGuid();
        Missing(first, TimeSpan.FromDays(60), TimeSpan.FromHours(20), offered: true);
        Missing(first, TimeSpan.FromDays(31), TimeSpan.FromHours(9), offered: true, adult);
        Missing(first, TimeSpan.FromDays(12), TimeSpan.FromHours(14), offered: true, place.Id);
        Missing(first, TimeSpan.FromHours(6), null, offered: false, adult, place.Id);

        // Young person 2: returned four days ago with no return home interview offered yet.
        var second = Guid.NewGuid();
        Missing(second, TimeSpan.FromDays(5), TimeSpan.FromHours(26), offered: false, adult);

        // Young person 3: detained in custody this morning.
        var third = Guid.NewGuid();
        var custody = CustodyEpisode.Record(third, Agency, now - TimeSpan.FromHours(10), null, now, Seeder, new InputCheck());
        db.CustodyEpisodes.Add(custody);
        db.Publish(custody.Recorded());
        Link(third, IntelligenceSource.CustodyEpisode, custody.Id, custody.DetainedAt, [place.Id]);

        // Young person 4: a criminal exploitation concern (county lines) reported three days ago.
        var fourth = Guid.NewGuid();
        var concern = ExploitationConcern.Record(fourth, "Plymouth City Council", ExploitationKind.Criminal, countyLines: true,
            ["Illustrative indicator 1", "Illustrative indicator 2", "Illustrative indicator 3"], DateOnly.FromDateTime((now - TimeSpan.FromDays(3)).UtcDateTime),
            "Synthetic demo record.", clock.Today(), now, Seeder, new InputCheck());
        db.ExploitationConcerns.Add(concern);
        db.Publish(concern.Recorded());
        Link(fourth, IntelligenceSource.ExploitationConcern, concern.Id, now - TimeSpan.FromDays(3), [adult]);
    }
}
