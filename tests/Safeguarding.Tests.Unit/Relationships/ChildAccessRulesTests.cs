using Safeguarding.Host.Platform.Relationships;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Relationships;

/// <summary>The rules a practitioner's access to a child keeps by itself: reasons in words, start and end, one ending, one review.</summary>
public sealed class ChildAccessRulesTests
{
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly DateTimeOffset Noon = new(2027, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("x")]
    [InlineData("asdfghjkl")]
    [InlineData("urgent!!!!!!")]
    [InlineData(".... ....")]
    public void A_reason_that_is_not_words_is_refused(string? reason)
    {
        Assert.False(ChildAccess.IsReasonInWords(reason));
        var e = Assert.Throws<DomainException>(() => ChildAccess.OpenSealed(Child, "pat.practitioner", reason, Noon, TimeSpan.FromHours(4)));
        Assert.Equal(ErrorCodes.Validation, e.Code);
    }

    [Fact]
    public void Sealed_access_lasts_its_time_and_then_lapses_by_itself()
    {
        var access = ChildAccess.OpenSealed(Child, "pat.practitioner", "Emergency department called", Noon, TimeSpan.FromHours(4));
        Assert.True(access.IsCurrentAt(Noon));
        Assert.True(access.IsCurrentAt(Noon.AddHours(4).AddTicks(-1)));
        Assert.False(access.IsCurrentAt(Noon.AddHours(4)));
        Assert.False(access.IsCurrentAt(Noon.AddMinutes(-1)));
        // A lapsed access cannot be ended again.
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => access.End("The emergency is over", "pat.practitioner", Noon.AddHours(5))).Code);
    }

    [Fact]
    public void A_grant_runs_to_the_end_of_its_last_uk_day_and_not_past_a_year()
    {
        var grant = ChildAccess.Grant(Child, "pat.practitioner", "Neglect", "Covering the allocated worker's leave", new DateOnly(2027, 3, 12), "morgan.manager", Noon);
        Assert.True(grant.IsCurrentAt(new DateTimeOffset(2027, 3, 12, 23, 59, 0, TimeSpan.Zero)));
        Assert.False(grant.IsCurrentAt(new DateTimeOffset(2027, 3, 13, 0, 0, 0, TimeSpan.Zero)));
        var tooLong = Assert.Throws<DomainException>(() =>
            ChildAccess.Grant(Child, "pat.practitioner", "Neglect", "Covering the allocated worker's leave", new DateOnly(2028, 6, 1), "morgan.manager", Noon));
        Assert.Contains(tooLong.Problems, p => p.Field == "until");
        var past = Assert.Throws<DomainException>(() =>
            ChildAccess.Grant(Child, "pat.practitioner", "Neglect", "Covering the allocated worker's leave", new DateOnly(2027, 3, 9), "morgan.manager", Noon));
        Assert.Contains(past.Problems, p => p.Field == "until");
    }

    [Fact]
    public void An_allocation_lasts_until_it_is_ended_once()
    {
        var allocation = ChildAccess.Allocate(Child, "pat.practitioner", "Neglect", null, "morgan.manager", Noon);
        Assert.True(allocation.IsCurrentAt(Noon.AddYears(3)));
        allocation.End("Case transferred to the locality team", "morgan.manager", Noon.AddDays(30));
        Assert.False(allocation.IsCurrentAt(Noon.AddDays(31)));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => allocation.End("Again for good measure", "morgan.manager", Noon.AddDays(32))).Code);
    }

    [Fact]
    public void Only_sealed_access_is_reviewed_and_only_once()
    {
        var allocation = ChildAccess.Allocate(Child, "pat.practitioner", "Neglect", null, "morgan.manager", Noon);
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => allocation.Review(SealedAccessOutcome.Justified, "Looks fine to me", "dee.dpo", Noon)).Code);
        var sealedAccess = ChildAccess.OpenSealed(Child, "pat.practitioner", "Emergency department called", Noon, TimeSpan.FromHours(4));
        Assert.Equal(ErrorCodes.Validation, Assert.Throws<DomainException>(() => sealedAccess.Review(SealedAccessOutcome.Justified, " ", "dee.dpo", Noon)).Code);
        sealedAccess.Review(SealedAccessOutcome.NotJustified, "No emergency on the record", "dee.dpo", Noon.AddDays(1));
        Assert.Equal(SealedAccessOutcome.NotJustified, sealedAccess.ReviewOutcome);
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => sealedAccess.Review(SealedAccessOutcome.Justified, "Changed my mind", "dee.dpo", Noon)).Code);
    }
}
