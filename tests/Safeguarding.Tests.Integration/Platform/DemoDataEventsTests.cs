using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Csa.Contracts;
using Safeguarding.Csa.Persistence;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Funding.Contracts;
using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Years;
using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.Governance.Reviews;
using Safeguarding.Neglect.Contracts;
using Safeguarding.Neglect.Persistence;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.Host.Platform;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Demo data reaches other modules the way real data does: every record another module learns of through an event has
/// that event in its module's outbox, exactly as if the mutation (or the sweep) had written it. The ledger below ties
/// each such event to the records it announces; a test fails when a module starts handling an event the ledger does not
/// name, so a new kind of figure cannot be seeded without its events unnoticed.
/// </summary>
public sealed class DemoDataEventsTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    /// <summary>
    /// The records that must each have an event of type <see cref="Event"/> whose payload's <see cref="Key"/> names them:
    /// one key per expected event (a key listed twice needs two events).
    /// </summary>
    private sealed record Announced(Type Event, string Key, Func<IServiceProvider, Task<List<string>>> Records);

    private static Announced On<TDb, TEvent>(string key, Func<TDb, Task<List<string>>> records) where TDb : notnull where TEvent : IntegrationEvent =>
        new(typeof(TEvent), key, sp => records(sp.GetRequiredService<TDb>()));

    private static List<string> Ids(IEnumerable<Guid> ids) => ids.Select(id => id.ToString()).ToList();

    private static readonly Announced[] Ledger =
    [
        // Governance
        On<GovernanceDbContext, PartnerRegistered>("partnerId", async db => Ids(await db.Partners.Select(p => p.Id).ToListAsync())),
        On<GovernanceDbContext, PartnerRetired>("partnerId", async db => Ids(await db.Partners.Where(p => p.RetiredOn != null).Select(p => p.Id).ToListAsync())),
        On<GovernanceDbContext, PartnershipActionCreated>("actionId", async db => Ids(await db.Actions.Select(a => a.Id).ToListAsync())),
        On<GovernanceDbContext, PartnershipActionCompleted>("actionId", async db => Ids(await db.Actions.Where(a => a.Status == ActionStatus.Completed).Select(a => a.Id).ToListAsync())),
        On<GovernanceDbContext, PartnershipActionBecameOverdue>("actionId", async db => Ids(await db.Actions.Where(a => a.OverdueAnnouncedOn != null).Select(a => a.Id).ToListAsync())),
        On<GovernanceDbContext, LearningReviewDecided>("reviewId", async db => Ids(await db.Reviews.Where(r => r.DecidedOn != null && r.Kind == ReviewKind.RapidReview).Select(r => r.Id).ToListAsync())),
        On<GovernanceDbContext, LearningReviewBecameOverdue>("reviewId", async db => Ids(await db.Reviews.Where(r => r.OverdueAnnouncedOn != null).Select(r => r.Id).ToListAsync())),
        On<GovernanceDbContext, CaseAuditCompleted>("auditId", async db => Ids(await db.CaseAudits.Where(a => a.CompletedOn != null).Select(a => a.Id).ToListAsync())),
        On<GovernanceDbContext, TrainingSessionRecorded>("sessionId", async db => Ids(await db.TrainingSessions.Select(s => s.Id).ToListAsync())),
        // One event per evaluation form: a session's forms are at least the forms that answered its most answered question.
        On<GovernanceDbContext, TrainingSessionEvaluated>("sessionId", async db => (await db.EvaluationScores.Select(e => new { e.SessionId, e.Question, e.Forms }).ToListAsync())
            .GroupBy(e => e.SessionId).SelectMany(s => Enumerable.Repeat(s.Key.ToString(), s.GroupBy(e => e.Question).Max(q => q.Sum(e => e.Forms)))).ToList()),
        // Neglect
        On<NeglectDbContext, ChildProtectionPlanStarted>("planId", async db => Ids(await db.ChildProtectionPlans.Select(p => p.Id).ToListAsync())),
        On<NeglectDbContext, ChildProtectionPlanEnded>("planId", async db => Ids(await db.ChildProtectionPlans.Where(p => p.EndedOn != null).Select(p => p.Id).ToListAsync())),
        On<NeglectDbContext, AssessmentCompleted>("assessmentId", async db => Ids(await db.Assessments.Where(a => a.CompletedOn != null).Select(a => a.Id).ToListAsync())),
        // Domestic abuse
        On<DomesticAbuseDbContext, ProtectionNoticeReceived>("noticeId", async db => Ids(await db.Notices.Select(n => n.Id).ToListAsync())),
        On<DomesticAbuseDbContext, EncompassNotificationSent>("notificationId", async db => Ids(await db.EncompassNotifications.Select(n => n.Id).ToListAsync())),
        On<DomesticAbuseDbContext, EncompassNotificationAcknowledged>("notificationId", async db => Ids(await db.EncompassNotifications.Where(n => n.AcknowledgedAt != null).Select(n => n.Id).ToListAsync())),
        On<DomesticAbuseDbContext, EncompassNotificationBecameLate>("notificationId", async db => Ids(await db.EncompassNotifications.Where(n => n.LateAnnouncedAt != null).Select(n => n.Id).ToListAsync())),
        On<DomesticAbuseDbContext, ChildrenInNoticesFigureReported>("period", async db => await db.PublishedFigures.Select(f => f.Year).ToListAsync()),
        // Adolescents
        On<AdolescentsDbContext, MissingEpisodeRecorded>("episodeId", async db => Ids(await db.MissingEpisodes.Select(e => e.Id).ToListAsync())),
        On<AdolescentsDbContext, YoungPersonReturned>("episodeId", async db => Ids(await db.MissingEpisodes.Where(e => e.ReturnedAt != null).Select(e => e.Id).ToListAsync())),
        On<AdolescentsDbContext, ReturnHomeInterviewOffered>("episodeId", async db => Ids(await db.MissingEpisodes.Where(e => e.InterviewOfferedAt != null).Select(e => e.Id).ToListAsync())),
        On<AdolescentsDbContext, ReturnHomeInterviewBecameOverdue>("episodeId", async db => Ids(await db.MissingEpisodes.Where(e => e.InterviewOverdueAnnouncedAt != null).Select(e => e.Id).ToListAsync())),
        On<AdolescentsDbContext, CustodyEpisodeRecorded>("episodeId", async db => Ids(await db.CustodyEpisodes.Select(e => e.Id).ToListAsync())),
        On<AdolescentsDbContext, ExploitationConcernRecorded>("concernId", async db => Ids(await db.ExploitationConcerns.Select(c => c.Id).ToListAsync())),
        On<AdolescentsDbContext, DailyBriefingPublished>("briefingId", async db => Ids(await db.Briefings.Select(b => b.Id).ToListAsync())),
        // Child sexual abuse
        On<CsaDbContext, SubjectFlaggedForDiscussion>("flagId", async db => Ids(await db.Flags.Select(f => f.Id).ToListAsync())),
        On<CsaDbContext, HarmfulSexualBehaviourGraded>("incidentId", async db => Ids(await db.HsbIncidents.Select(i => i.Id).ToListAsync())),
        On<CsaDbContext, HospitalSafeguardedCasesReported>("financialYear", async db => await db.HospitalCases.Select(h => h.Year).ToListAsync()),
        // Funding: one event per line, named by its year
        On<FundingDbContext, ContributionRecorded>("financialYear", async db =>
            await db.Income.Join(db.Years, i => i.YearId, y => y.Id, (_, y) => y.Label).ToListAsync()),
        On<FundingDbContext, ExpenditureRecorded>("financialYear", async db =>
            await db.Expenditure.Join(db.Years, e => e.YearId, y => y.Id, (_, y) => y.Label).ToListAsync()),
        On<FundingDbContext, FinancialYearClosed>("financialYear", async db => await db.Years.Where(y => y.Status == YearStatus.Closed).Select(y => y.Label).ToListAsync()),
        On<PlatformDbContext, SubjectsMerged>("mergeId", async db => Ids(await db.SubjectMerges.Select(m => m.Id).ToListAsync())),
    ];

    /// <summary>Events modules handle that announce no record of their own, with the reason.</summary>
    private static readonly Dictionary<Type, string> NotAboutRecords = new()
    {
        [typeof(PartnerRenamed)] = "A rename announces a change to a partner, not a record: the partner keeps no trace of its earlier names, " +
                                   "and the name every copy starts from travels with PartnerRegistered, which the ledger checks.",
    };

    private static string ModuleOf(Type eventType) => eventType.Namespace!.Split('.')[1]; // Safeguarding.Neglect.Contracts -> Neglect

    [Fact]
    public void Every_event_a_module_handles_is_tied_in_the_ledger_to_the_records_it_announces()
    {
        var catalog = _host.Services.GetRequiredService<ModuleCatalog>();
        var handled = catalog.Modules
            .Where(m => m.GetType().Assembly != typeof(DemoDataEventsTests).Assembly) // the test's own probe module aside
            .SelectMany(m => m.EventHandlerTypes).SelectMany(IntegrationEventHandlers.HandledEvents).Distinct().ToList();
        Assert.NotEmpty(handled);
        var unexplained = handled.Where(e => Ledger.All(a => a.Event != e) && !NotAboutRecords.ContainsKey(e)).Select(e => e.FullName).Order().ToList();
        Assert.True(unexplained.Count == 0,
            "Modules handle these events, but no entry of the ledger says which records announce them, so nothing checks that demo data publishes them: "
            + string.Join(", ", unexplained));
    }

    [Fact]
    public async Task Every_record_the_demo_data_writes_that_other_modules_learn_of_has_its_event_in_the_outbox()
    {
        await _host.AssertEventsDeliveredAsync(); // the sweeps' first announcements included, as far as they have run
        var missing = new List<string>();
        var checkedRecords = 0;
        foreach (var entry in Ledger)
        {
            var (records, published) = await _host.ScopedAsync(async sp =>
            {
                // The registry's events are the platform's (the kernel's contracts); the rest are their module's.
                var publisher = entry.Event.Namespace == typeof(SubjectsMerged).Namespace ? PlatformEvents.Publisher
                    : sp.GetRequiredService<ModuleCatalog>().Publishers.Single(p => p.Name == ModuleOf(entry.Event));
                var db = (ModuleDbContext)sp.GetRequiredService(publisher.DbContextType);
                var name = IntegrationEventHandlers.NameOf(entry.Event);
                // The records first: a sweep announcing in between sets a record's flag and stores its event together, so the
                // events read afterwards include those of every record read.
                var records = await entry.Records(sp);
                var payloads = await db.Outbox.AsNoTracking().Where(m => m.EventType == name).Select(m => m.Payload).ToListAsync();
                return (records, payloads.Select(p => JsonNode.Parse(p)![entry.Key]!.ToString()).ToList());
            });
            checkedRecords += records.Count;
            var unannounced = records.GroupBy(k => k).Sum(g => Math.Max(0, g.Count() - published.Count(p => string.Equals(p, g.Key, StringComparison.OrdinalIgnoreCase))));
            if (unannounced > 0) missing.Add($"{unannounced} of {records.Count} records without {entry.Event.Name}");
        }
        Assert.True(missing.Count == 0, "Demo data wrote records other modules count without the events that tell them: " + string.Join("; ", missing));
        Assert.True(checkedRecords > 1000, $"Only {checkedRecords} records were checked: is the demo data seeded?");
    }
}
