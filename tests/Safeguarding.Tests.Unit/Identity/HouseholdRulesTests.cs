using Safeguarding.Host.Platform.Registry;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Tests.Unit.Identity;

public sealed class HouseholdRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("12 Tamar Street", "PL4 6QT")]
    [InlineData("12, Tamar St.", "pl46qt")]
    [InlineData("  12 TAMAR   street ", "PL4  6QT")]
    public void One_home_written_several_ways_has_one_compared_form(string line, string postcode) =>
        Assert.Equal("household|PL4 6QT|12 TAMAR ST", HouseholdAddressIndex.KeyOf(new PersonAddress(line, postcode)));

    [Theory]
    [InlineData(null, "PL4 6QT")]   // a postcode alone is a street
    [InlineData(" ,. ", "PL4 6QT")]
    [InlineData("12 Tamar Street", "not a postcode")]
    public void An_address_that_does_not_place_a_home_is_left_out(string? line, string postcode) =>
        Assert.Null(HouseholdAddressIndex.KeyOf(new PersonAddress(line, postcode)));

    [Fact]
    public void Different_homes_on_one_street_stay_different() =>
        Assert.NotEqual(HouseholdAddressIndex.KeyOf(new PersonAddress("12 Tamar Street", "PL4 6QT")), HouseholdAddressIndex.KeyOf(new PersonAddress("14 Tamar Street", "PL4 6QT")));

    [Fact]
    public void A_person_is_not_their_own_relative_and_a_relationship_does_not_start_after_today()
    {
        var one = Guid.NewGuid();
        var self = Assert.Throws<DomainException>(() => PersonRelationship.Record(one, one, RelationshipKind.Sibling, null, "Neglect", "nina", Now, Today));
        Assert.Contains(self.Problems, p => p.Field == "relativeId");
        var later = Assert.Throws<DomainException>(() => PersonRelationship.Record(one, Guid.NewGuid(), RelationshipKind.Carer, Today.AddDays(1), "Neglect", "nina", Now, Today));
        Assert.Contains(later.Problems, p => p.Field == "since");
    }

    [Fact]
    public void A_relationship_ends_once_with_a_reason_not_before_it_started()
    {
        var relationship = PersonRelationship.Record(Guid.NewGuid(), Guid.NewGuid(), RelationshipKind.Partner, new DateOnly(2025, 5, 1), "Adolescents", "adam", Now, Today);
        Assert.True(relationship.LastsOn(Today));
        Assert.Contains(Assert.Throws<DomainException>(() => relationship.End(new DateOnly(2025, 4, 30), "Split up", "adam", Today)).Problems, p => p.Field == "on");
        Assert.Contains(Assert.Throws<DomainException>(() => relationship.End(new DateOnly(2026, 1, 1), " ", "adam", Today)).Problems, p => p.Field == "reason");

        relationship.End(new DateOnly(2026, 1, 1), "The relationship ended", "adam", Today);
        Assert.False(relationship.LastsOn(Today));
        Assert.Equal(ErrorCodes.Conflict, Assert.Throws<DomainException>(() => relationship.End(new DateOnly(2026, 2, 1), "Again", "adam", Today)).Code);
    }
}
