using Safeguarding.Adolescents;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Adolescents;

/// <summary>Missing and custody episodes and exploitation concerns guard their own changes.</summary>
public sealed class IntelligenceRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static MissingEpisode Missing(DateTimeOffset? returnedAt = null) =>
        MissingEpisode.Record(Guid.NewGuid(), "Devon and Cornwall Police", Now.AddHours(-30), returnedAt, null, Now, "adam", new InputCheck());

    [Fact]
    public void A_return_makes_the_interview_due_72_hours_later_and_cannot_be_recorded_twice()
    {
        var episode = Missing();
        var returned = episode.Return(Now.AddHours(-20), " the park ");
        Assert.Equal(Now.AddHours(52), returned.InterviewDueBy);
        Assert.Equal("the park", episode.WhereFound);

        var again = Assert.Throws<DomainException>(() => episode.Return(Now.AddHours(-10), null));
        Assert.Equal(ErrorCodes.Conflict, again.Code);
        Assert.Equal("This young person's return was already recorded, at 14:00 on 1 March 2026 (GMT).", again.Message);
    }

    [Fact]
    public void A_return_before_going_missing_is_refused_on_the_return_field()
    {
        var episode = Missing();
        var refused = Assert.Throws<DomainException>(() => episode.Return(Now.AddHours(-40), null));
        Assert.Equal(ErrorCodes.Validation, refused.Code);
        Assert.Equal("returnedAt", Assert.Single(refused.Problems).Field);
        Assert.Null(episode.ReturnedAt);
    }

    [Fact]
    public void An_interview_is_offered_once_after_the_return_and_is_late_after_72_hours()
    {
        var notBack = Missing();
        Assert.Equal("The young person has not been recorded as returned; record the return first.",
            Assert.Throws<DomainException>(() => notBack.OfferInterview("NSPCC", Now)).Message);

        var episode = Missing(returnedAt: Now.AddHours(-20));
        episode.Return(Now.AddHours(-20), null);
        var early = Assert.Throws<DomainException>(() => episode.OfferInterview("NSPCC", Now.AddHours(-21)));
        Assert.Equal(("offeredAt", ErrorCodes.Validation), (Assert.Single(early.Problems).Field, early.Code));

        var offered = episode.OfferInterview("NSPCC", Now.AddHours(53));
        Assert.False(offered.WithinTime);
        Assert.Equal(InterviewStatus.OfferedLate, episode.InterviewStatusAt(Now.AddDays(5)));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => episode.OfferInterview("NSPCC", Now)).Code);
    }

    [Fact]
    public void An_interview_not_offered_within_72_hours_is_overdue()
    {
        var episode = Missing();
        Assert.Equal(InterviewStatus.NotReturned, episode.InterviewStatusAt(Now));
        episode.Return(Now.AddHours(-20), null);
        Assert.Equal(InterviewStatus.Awaiting, episode.InterviewStatusAt(Now.AddHours(52)));
        Assert.Equal(InterviewStatus.Overdue, episode.InterviewStatusAt(Now.AddHours(52).AddSeconds(1)));
    }

    [Fact]
    public void A_missing_episode_in_the_future_is_refused_with_every_problem()
    {
        var check = new InputCheck().Require(false, "subjectId", "The young person's subject id is required.");
        var refused = Assert.Throws<DomainException>(() =>
            MissingEpisode.Record(Guid.Empty, "NSPCC", Now.AddHours(1), Now.AddHours(-1), null, Now, "adam", check));
        Assert.Equal(["subjectId", "wentMissingAt", "returnedAt"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void A_young_person_already_missing_cannot_go_missing_again()
    {
        MissingEpisode.RequireNoneOpen(null);
        var refused = Assert.Throws<DomainException>(() => MissingEpisode.RequireNoneOpen(Now.AddHours(-30)));
        Assert.Equal(ErrorCodes.Conflict, refused.Code);
        Assert.StartsWith("This young person has been missing since 04:00 on 1 March 2026 (GMT).", refused.Message);
    }

    [Fact]
    public void A_release_comes_once_and_not_before_the_detention()
    {
        var episode = CustodyEpisode.Record(Guid.NewGuid(), "Devon and Cornwall Police", Now.AddHours(-10), null, Now, "adam", new InputCheck());
        Assert.Equal(ErrorCodes.Validation, Assert.Throws<DomainException>(() => episode.Release(Now.AddHours(-11))).Code);
        episode.Release(Now.AddHours(-2));
        Assert.Equal(Now.AddHours(-2), episode.ReleasedAt);
        Assert.Equal("The release was already recorded, at 08:00 on 2 March 2026 (GMT).",
            Assert.Throws<DomainException>(() => episode.Release(Now)).Message);
    }

    [Fact]
    public void County_lines_is_criminal_exploitation_and_indicators_are_trimmed()
    {
        var refused = Assert.Throws<DomainException>(() => ExploitationConcern.Record(Guid.NewGuid(), "NSPCC", ExploitationKind.Sexual, countyLines: true,
            ["Unexplained money"], Today, null, Today, Now, "adam", new InputCheck()));
        Assert.Equal("countyLines", Assert.Single(refused.Problems).Field);

        var concern = ExploitationConcern.Record(Guid.NewGuid(), "NSPCC", ExploitationKind.Criminal, countyLines: true,
            [" Unexplained money ", "New phone"], Today.AddDays(-1), null, Today, Now, "adam", new InputCheck());
        Assert.Equal(["Unexplained money", "New phone"], concern.Indicators);
        Assert.Equal(2, concern.Recorded().IndicatorCount);
    }

    [Fact]
    public void An_adult_of_concern_needs_a_name_and_gets_a_reference()
    {
        Assert.Equal("name", Assert.Single(Assert.Throws<DomainException>(() => AdultOfConcern.Record(" ", null, null, Now, "adam")).Problems).Field);
        var adult = AdultOfConcern.Record(" Example Adult ", null, null, Now, "adam");
        Assert.Equal(("Example Adult", AdultOfConcern.ReferenceFor(adult.Id)), (adult.Name, adult.Reference));
    }

    [Fact]
    public void An_adult_of_concern_goes_to_the_registry_with_a_date_of_birth_and_keeps_only_its_id()
    {
        var adult = AdultOfConcern.Record("Mary Anne Quillfeather", " Annie ", "Notes", Now, "adam");
        var problems = Assert.Throws<DomainException>(() => adult.IdentityFor(null, "PNC/1", Today)).Problems;
        Assert.Equal("dateOfBirth", Assert.Single(problems).Field);
        Assert.Equal("dateOfBirth", Assert.Single(Assert.Throws<DomainException>(() => adult.IdentityFor(Today, null, Today)).Problems).Field);

        var identity = adult.IdentityFor(new DateOnly(1980, 2, 3), " PNC/80/Q ", Today);
        Assert.Equal(("Mary Anne", "Quillfeather", "PNC/80/Q"), (identity.GivenNames, identity.FamilyName, identity.PolicePersonReference));
        Assert.Equal(["Annie"], identity.OtherNames);

        var subject = Guid.NewGuid();
        adult.HeldByRegistry(subject);
        Assert.Equal((subject, null, null, "Notes"), (adult.SubjectId, adult.Name, adult.KnownAs, adult.Notes));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => adult.HeldByRegistry(Guid.NewGuid())).Code);
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => adult.IdentityFor(new DateOnly(1980, 2, 3), null, Today)).Code);
    }

    [Fact]
    public void A_period_may_not_end_before_it_starts_nor_be_longer_than_allowed()
    {
        Assert.Equal(new DateOnly(2026, 1, 31), Period.Of(new(2026, 1, 1), new(2026, 1, 31), 366, "a year").To);
        Assert.Equal("The period must end on or after it starts.", Assert.Throws<DomainException>(() => Period.Of(new(2026, 2, 1), new(2026, 1, 31), 366, "a year")).Message);
        Assert.Equal("The period can be at most a year.", Assert.Throws<DomainException>(() => Period.Of(new(2024, 1, 1), new(2026, 1, 31), 366, "a year")).Message);
    }
}
