using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Templates;
using Safeguarding.Neglect.Workstream;

namespace Safeguarding.Neglect.DemoData;

/// <summary>
/// Demo data from the partnership's annual report: the GCP2 structure (no descriptor wording), child protection plans
/// giving neglect's share at 31 March 2023 (35.5%: 142 of 400) and 31 March 2024 (50.6%: 253 of 500), and the
/// hospital's 267 children with dental extractions due to decay in 2023/24.
/// </summary>
internal static class NeglectSeed
{
    private static readonly PlanCategory[] Others = [PlanCategory.Physical, PlanCategory.Sexual, PlanCategory.Emotional, PlanCategory.Multiple];

    /// <summary>Writes the demo data in the caller's transaction; the caller saves the tracked rows and commits.</summary>
    public static async Task WriteAsync(NeglectDbContext db, CancellationToken ct)
    {
        db.Templates.Add(Gcp2Structure.Build());

        // Historic plans. Their subject ids are pseudonymous and have no identity in the subject registry: they stand for
        // children on plans before this system. They are recorded as the recordChildProtectionPlan and
        // endChildProtectionPlan mutations record plans, through the same entity methods and with the same events, so
        // that Scrutiny's scorecard and annual report and the CSA workstream count the plans Neglect holds.
        //   open at both 31/3/2023 and 31/3/2024: 100 plans, 40 neglect
        //   open at 31/3/2023 only:               300 plans, 102 neglect  -> 142 of 400 = 35.5%
        //   open at 31/3/2024 only:               400 plans, 213 neglect  -> 253 of 500 = 50.6%
        // Written with the bulk writer (decision 0012): 800 plans and 1,267 events would otherwise be a statement each,
        // on the path of every first start.
        var plans = new List<ChildProtectionPlan>();
        var events = new List<IntegrationEvent>();
        AddPlans(plans, events, 100, 40, i => new DateOnly(2022, 1, 1).AddDays(i % 300), i => i % 2 == 0 ? null : new DateOnly(2024, 6, 1).AddDays(i % 90));
        AddPlans(plans, events, 300, 102, i => new DateOnly(2022, 4, 1).AddDays(i % 360), i => new DateOnly(2023, 4, 1).AddDays(i % 270));
        AddPlans(plans, events, 400, 213, i => new DateOnly(2023, 4, 1).AddDays(i % 365), i => i % 3 == 0 ? new DateOnly(2024, 4, 1).AddDays(i % 120) : null);
        await db.InsertAllAsync(plans, ct);
        await db.PublishAllAsync(events, ct);

        db.DentalExtractions.Add(DentalExtractionCount.Record("2023/24", 267, DentalExtractionCount.DefaultReporter));
        // No training reach is seeded: the annual report gives no counts of GCP2 sessions or attendees, and demo data
        // holds only figures the partnership published. Recorded through recordNeglectTraining.
    }

    private static void AddPlans(List<ChildProtectionPlan> plans, List<IntegrationEvent> events, int count, int neglect, Func<int, DateOnly> started, Func<int, DateOnly?> ended)
    {
        for (var i = 0; i < count; i++)
        {
            var plan = ChildProtectionPlan.Start(Guid.NewGuid(), i < neglect ? PlanCategory.Neglect : Others[i % Others.Length], started(i));
            plans.Add(plan);
            events.Add(plan.Started());
            if (ended(i) is { } endedOn) events.Add(plan.End(endedOn));
        }
    }
}
