using Safeguarding.Adolescents.Contracts;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>Adolescents' events: missing episodes by reporting agency, and whether a return home interview was offered within 72 hours.</summary>
internal sealed class AdolescentsFacts(ScrutinyDbContext db) :
    IIntegrationEventHandler<MissingEpisodeRecorded>,
    IIntegrationEventHandler<YoungPersonReturned>,
    IIntegrationEventHandler<ReturnHomeInterviewOffered>,
    IIntegrationEventHandler<ReturnHomeInterviewBecameOverdue>
{
    public async Task HandleAsync(MissingEpisodeRecorded e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.MissingEpisode, e.EpisodeId, ct);
        f.Agency = e.ReportingAgency;
        f.On = FactWriter.UkDate(e.WentMissingAt);
    }

    /// <summary>A return makes an interview due; it counts as not yet offered until an offer or the 72 hours passing is known.</summary>
    public async Task HandleAsync(YoungPersonReturned e, CancellationToken ct)
    {
        var episode = await db.FactAsync(FactKinds.MissingEpisode, e.EpisodeId, ct);
        episode.Agency ??= e.ReportingAgency;
        episode.On ??= FactWriter.UkDate(e.WentMissingAt);
        var f = await db.FactAsync(FactKinds.ReturnHomeInterview, e.EpisodeId, ct);
        f.On = FactWriter.UkDate(e.ReturnedAt);
    }

    public async Task HandleAsync(ReturnHomeInterviewOffered e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.ReturnHomeInterview, e.EpisodeId, ct);
        f.On = FactWriter.UkDate(e.ReturnedAt);
        f.Agency = e.OfferingAgency;
        f.Outcome = e.WithinTime ? Outcomes.OnTime : Outcomes.Late;
    }

    /// <summary>Overdue until an offer is known; a late offer that arrives first is kept.</summary>
    public async Task HandleAsync(ReturnHomeInterviewBecameOverdue e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.ReturnHomeInterview, e.EpisodeId, ct);
        f.On = FactWriter.UkDate(e.ReturnedAt);
        if (f.Outcome is null) f.Outcome = Outcomes.Overdue;
    }
}
