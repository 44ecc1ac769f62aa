using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit;

/// <summary>Names of reference data are one name whatever their letter case, spacing and apostrophes.</summary>
public sealed class ReferenceNameTests
{
    [Theory]
    [InlineData("Barnardo's", "barnardo's")]
    [InlineData("Barnardo's", "  BARNARDO'S ")]
    [InlineData("Barnardo's", "Barnardo’s")]
    [InlineData("Devon and Cornwall Police", "devon  and cornwall\tpolice")]
    public void Names_that_differ_only_in_case_spacing_or_apostrophes_share_a_key(string one, string other) =>
        Assert.Equal(ReferenceName.Key(one), ReferenceName.Key(other));

    [Theory]
    [InlineData("Barnardo's", "Barnardos")]
    [InlineData("NSPCC", "NSPCC Plymouth")]
    public void Different_names_have_different_keys(string one, string other) =>
        Assert.NotEqual(ReferenceName.Key(one), ReferenceName.Key(other));

    [Fact]
    public void A_name_is_stored_tidied_but_in_the_case_it_was_typed() =>
        Assert.Equal("Example Youth Charity", ReferenceName.Tidy("  Example   Youth Charity "));
}
