using Safeguarding.Adolescents.Contextual;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.SharedKernel.Disclosure;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Adolescents;

/// <summary>The contextual picture's window of days, and its counts that identify no one.</summary>
public sealed class ContextualSafeguardingRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, 90)]
    [InlineData(1, 1)]
    [InlineData(730, 730)]
    public void The_window_is_the_days_asked_for_or_90(int? asked, int window) =>
        Assert.Equal(window, ContextualSafeguarding.Window(asked));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(731)]
    public void A_window_outside_1_to_730_days_is_refused_on_the_window_field(int asked)
    {
        var refused = Assert.Throws<DomainException>(() => ContextualSafeguarding.Window(asked));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("windowDays", "The window must be from 1 to 730 days."), (problem.Field, problem.Message));
    }

    [Fact]
    public void The_counts_name_each_young_person_once_however_many_adults_and_locations_link_them()
    {
        static LinkedYoungPerson Person(Guid id) => new(id, [new ContextLink(IntelligenceSource.MissingEpisode, Guid.NewGuid(), Now)]);
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var adult = AdultOfConcern.Record("A. Adult", null, null, Now, "adam");
        var park = Location.Record("The park", "park", Now);
        var picture = new ContextualPicture(Today.AddDays(-89), Today,
            [new LinkedAdult(adult, [Person(a), Person(b)])],
            [new LinkedLocation(park, [Person(b), Person(c)])]);

        var counts = ContextualSafeguarding.Count(picture, DisclosureControl.Exact);

        Assert.Equal(new ContextualCounts(Today.AddDays(-89), Today, Disclosed<int>.Shown(1), 1, Disclosed<int>.Shown(3)), counts);

        // Outside the working group one adult and three young people are small numbers; a location is not a person.
        var published = ContextualSafeguarding.Count(picture, new DisclosureControl(5, zeroShown: true));
        Assert.Equal(new ContextualCounts(Today.AddDays(-89), Today, Disclosed<int>.Withheld, 1, Disclosed<int>.Withheld), published);
    }
}
