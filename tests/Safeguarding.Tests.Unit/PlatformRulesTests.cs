using Safeguarding.Governance.Actions;
using Safeguarding.Host.GraphQL;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Unit;

public sealed class PlatformRulesTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(9, 512)]
    [InlineData(10, 600)] // capped at ten minutes
    [InlineData(40, 600)]
    public void Retries_back_off_exponentially_up_to_the_cap(int failedAttempts, int expectedSeconds)
    {
        var options = new EventBusOptions { RetryBaseDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromMinutes(10) };
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), options.RetryDelay(failedAttempts));
    }

    [Fact]
    public void Event_ids_follow_time_so_outbox_and_inbox_indexes_grow_at_one_end_but_subject_ids_reveal_nothing()
    {
        var events = Enumerable.Range(0, 50).Select(_ => { Thread.Sleep(1); return new ExampleEvent().EventId; }).ToList();
        Assert.All(events, id => Assert.Equal(7, id.Version));
        // Stored as text on SQLite: ordered as strings, they come out in the order they were made.
        Assert.Equal(events.Select(e => e.ToString().ToUpperInvariant()), events.Select(e => e.ToString().ToUpperInvariant()).Order(StringComparer.Ordinal));
        // A child's pseudonymous id must not carry when the child was registered.
        Assert.Equal(4, SubjectId.New().Value.Version);
    }

    private sealed record ExampleEvent : IntegrationEvent;

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("4010232137", true)]
    [InlineData("9434765918", false)] // wrong check digit
    [InlineData("1234567890", false)] // check digit would be 10: never issued
    [InlineData("943476591", false)]
    [InlineData("94347659190", false)]
    [InlineData("94347a5919", false)]
    public void NHS_numbers_pass_the_modulus_11_check(string number, bool valid) => Assert.Equal(valid, NhsNumber.IsValid(number));

    [Fact]
    public void An_action_due_today_is_not_yet_overdue()
    {
        var action = new PartnershipAction { DueDate = new DateOnly(2025, 3, 31), Status = ActionStatus.Open };
        Assert.False(action.IsOverdueOn(new DateOnly(2025, 3, 31)));
        Assert.True(action.IsOverdueOn(new DateOnly(2025, 4, 1)));
        action.Status = ActionStatus.Completed;
        Assert.False(action.IsOverdueOn(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void UK_wall_clock_times_convert_to_UTC_in_winter_and_summer()
    {
        Assert.Equal(new DateTimeOffset(2025, 1, 6, 8, 30, 0, TimeSpan.Zero), UkTime.At(new DateOnly(2025, 1, 6), new TimeOnly(8, 30)));
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 7, 30, 0, TimeSpan.Zero), UkTime.At(new DateOnly(2025, 6, 2), new TimeOnly(8, 30)));
        // 01:30 on 30 March 2025 does not exist in the UK (clocks go forward at 01:00 GMT): it becomes 02:30 BST = 01:30 UTC.
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 1, 30, 0, TimeSpan.Zero), UkTime.At(new DateOnly(2025, 3, 30), new TimeOnly(1, 30)));
    }

    [Fact]
    public void Today_is_the_UK_date_not_the_UTC_date()
    {
        var lateSummerEvening = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 7, 2), lateSummerEvening.Today());
        var lateWinterEvening = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 1, 1), lateWinterEvening.Today());
    }

    [Fact]
    public void An_input_check_reports_every_problem_at_once()
    {
        var check = new InputCheck().RequireText("", "title", "The title").Require(false, "dueDate", "Bad date.").OptionalText("ok", "note", "Note");
        var error = Assert.Throws<DomainException>(check.ThrowIfInvalid);
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(["title", "dueDate"], error.Problems.Select(p => p.Field));
    }
}
