using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Tests.Unit.Identity;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("9434765919", "9434765919")]
    [InlineData("943 476 5919", "9434765919")]
    [InlineData(" 401 023 2137 ", "4010232137")]
    public void An_NHS_number_is_read_with_or_without_spaces(string written, string digits)
    {
        Assert.True(NhsNumber.TryNormalise(written, out var normalised));
        Assert.Equal(digits, normalised);
    }

    [Theory]
    [InlineData("9434765918")] // wrong check digit
    [InlineData("1234567890")] // check digit would be 10: never issued
    [InlineData("943-476-5919")]
    [InlineData("94347659190")]
    [InlineData("")]
    [InlineData(null)]
    public void An_NHS_number_with_a_wrong_check_digit_or_shape_is_refused(string? written)
    {
        Assert.False(NhsNumber.IsValid(written));
        Assert.False(NhsNumber.TryNormalise(written, out _));
    }

    [Theory]
    [InlineData("B801200005001", "B801200005001")]
    [InlineData("Q801200005002", "Q801200005002")] // 8×2 + 1×4 + 2×5 + 5×10 + 2×13 = 106; 106 mod 23 = 14, Q
    [InlineData("q801 2000 05002", "Q801200005002")]
    public void A_UPN_with_the_right_check_letter_is_valid(string written, string upn)
    {
        Assert.True(UniquePupilNumber.TryNormalise(written, out var normalised));
        Assert.Equal(upn, normalised);
        Assert.False(UniquePupilNumber.IsTemporary(written));
    }

    [Theory]
    [InlineData("A801200005001")] // wrong check letter
    [InlineData("B801200005002")] // the check letter of another UPN
    [InlineData("X80120000A001")] // a letter in the middle
    [InlineData("B80120000500")] // twelve characters
    [InlineData("I801200005001")] // I is never a check letter
    public void A_UPN_with_a_wrong_check_letter_or_shape_is_refused(string written) => Assert.False(UniquePupilNumber.IsValid(written));

    [Fact]
    public void A_temporary_UPN_ends_in_a_letter_that_counts_in_the_check()
    {
        var check = UniquePupilNumber.CheckLetter("80120000500A");
        var temporary = check + "80120000500A";
        Assert.True(UniquePupilNumber.IsValid(temporary));
        Assert.True(UniquePupilNumber.IsTemporary(temporary));
        // The final letter's value (A = 0, B = 1) is in the sum: another letter needs another check letter.
        Assert.False(UniquePupilNumber.IsValid(check + "80120000500B"));
        // I, O and S are not used as the final letter.
        Assert.Throws<ArgumentException>(() => UniquePupilNumber.CheckLetter("80120000500O"));
        Assert.False(UniquePupilNumber.IsValid("A80120000500O"));
    }
}
