using Safeguarding.Neglect.Workstream;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Neglect;

public sealed class WorkstreamRulesTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);

    [Fact]
    public void A_plan_ends_once_not_before_it_started_and_says_so_in_its_event()
    {
        var plan = ChildProtectionPlan.Start(Guid.NewGuid(), PlanCategory.Sexual, new DateOnly(2024, 5, 1));
        Assert.Equal("SEXUAL", plan.Started().Category);

        var early = Assert.Throws<DomainException>(() => plan.End(new DateOnly(2024, 4, 30)));
        Assert.Equal(("endedOn", "The plan started on 1 May 2024; it cannot end before that."), (Assert.Single(early.Problems).Field, early.Message));
        Assert.Null(plan.EndedOn);

        var ended = plan.End(new DateOnly(2025, 1, 31));
        Assert.Equal((plan.Id, new DateOnly(2024, 5, 1), new DateOnly(2025, 1, 31)), (ended.PlanId, ended.StartedOn, ended.EndedOn));
        var again = Assert.Throws<DomainException>(() => plan.End(new DateOnly(2025, 2, 1)));
        Assert.Equal((ErrorCodes.Conflict, "This plan already ended on 31 January 2025."), (again.Code, again.Message));
    }

    [Fact]
    public void A_practitioner_records_plans_started_within_a_childs_lifetime_and_ended_by_today()
    {
        var problems = ChildProtectionPlan.CheckStart(new InputCheck(), Today.AddDays(1), Today).Problems;
        Assert.Equal(("startedOn", "The start date cannot be in the future."), (Assert.Single(problems).Field, problems[0].Message));
        Assert.Equal("The start date must be within the last 18 years.", Assert.Single(ChildProtectionPlan.CheckStart(new InputCheck(), Today.AddYears(-18), Today).Problems).Message);
        Assert.Empty(ChildProtectionPlan.CheckStart(new InputCheck(), Today, Today).Problems);
        Assert.Equal("endedOn", Assert.Single(ChildProtectionPlan.CheckEnd(new InputCheck(), Today.AddDays(1), Today).Problems).Field);
    }

    [Fact]
    public void A_dental_extraction_count_is_for_a_financial_year_and_by_the_hospital_unless_named()
    {
        var count = DentalExtractionCount.Record(" 2024/25 ", 310, null);
        Assert.Equal(("2024/25", 310, DentalExtractionCount.DefaultReporter), (count.Year, count.Children, count.ReportedBy));

        var wrong = Assert.Throws<DomainException>(() => DentalExtractionCount.Record("2024-25", -1, null));
        Assert.Equal(["year", "children"], wrong.Problems.Select(p => p.Field));
        Assert.Equal("\"2024-25\" is not a financial year: write it like 2024/25.", wrong.Problems[0].Message);
    }

    [Fact]
    public void Training_adds_up_per_year_and_topic_within_the_limits()
    {
        var reach = TrainingReach.Open("2024/25", "GCP2 for practitioners");
        reach.Add(2, 30);
        reach.Add(1, 12);
        Assert.Equal((3, 42), (reach.Sessions, reach.Attendees));

        var none = Assert.Throws<DomainException>(() => reach.Add(0, 5));
        Assert.Equal(("sessions", "Sessions must be from 1 to 1,000."), (Assert.Single(none.Problems).Field, none.Message));
        Assert.Equal((3, 42), (reach.Sessions, reach.Attendees));
    }
}
