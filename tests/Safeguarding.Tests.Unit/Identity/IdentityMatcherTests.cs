using Microsoft.Extensions.Options;
using Safeguarding.Host.Platform.Identity;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Tests.Unit.Identity;

public sealed class IdentityMatcherTests
{
    private static readonly IdentityMatcher Matcher = new(Options.Create(new IdentityMatchingOptions()));
    private static readonly DateOnly Birthday = new(2015, 3, 12);

    private static PersonIdentity Child(string given, string family, DateOnly? dob = null, string postcode = "B15 2TT", PersonSex sex = PersonSex.Male,
        string? nhs = null, string? upn = null) =>
        new(given, family, dob ?? Birthday, sex, nhs, upn) { Addresses = [new PersonAddress("1 Grove Road", postcode)] };

    private static MatchResult DecideAgainst(PersonIdentity incoming, params PersonIdentity[] held) =>
        Matcher.Decide(incoming, held.Select(h => new MatchCandidate(Guid.NewGuid(), h)).ToList());

    private static void AssertMatched(PersonIdentity incoming, PersonIdentity held, string reason)
    {
        var subject = Guid.NewGuid();
        var result = Matcher.Decide(incoming, [new MatchCandidate(subject, held)]);
        Assert.Equal(MatchOutcome.Matched, result.Outcome);
        Assert.Equal(subject, result.SubjectId);
        Assert.Contains(reason, result.Reasons);
        Assert.Contains(Matcher.BlockingKeys(incoming), Matcher.BlockingKeys(held).Contains);
    }

    [Fact]
    public void A_nickname_is_a_form_of_the_formal_name() =>
        AssertMatched(Child("Alfie", "Smith"), Child("Alfred", "Smith"), "one given name is a short or formal form of the other");

    [Theory]
    [InlineData("Peggy", "Margaret")]
    [InlineData("Bill", "William")]
    [InlineData("Liz", "Elizabeth")]
    public void Other_nicknames_are_forms_too(string nickname, string formal) =>
        Assert.Contains("one given name is a short or formal form of the other", Matcher.Compare(Child(nickname, "Jones"), Child(formal, "Jones")).Reasons);

    [Fact]
    public void A_transliteration_is_another_spelling() =>
        AssertMatched(Child("Mohamed", "Hussain"), Child("Muhammad", "Hussein"), "the given names are spellings of one name");

    [Fact]
    public void A_typing_error_in_a_name_still_matches() =>
        AssertMatched(Child("Olvier", "Whitfield"), Child("Oliver", "Whitfield"), "the given names differ by a typing error");

    [Fact]
    public void Given_and_family_names_transposed_still_match()
    {
        var score = Matcher.Compare(Child("Kowalski", "Oliver"), Child("Oliver", "Kowalski"));
        Assert.Contains(score.Reasons, r => r.StartsWith("given and family names are transposed", StringComparison.Ordinal));
        AssertMatched(Child("Kowalski", "Oliver"), Child("Oliver", "Kowalski"), "date of birth matches");
    }

    [Fact]
    public void One_part_of_a_hyphenated_family_name_matches() =>
        AssertMatched(Child("Amelia", "Jones", sex: PersonSex.Female), Child("Amelia", "Smith-Jones", sex: PersonSex.Female), "one family name is part of the other (a double-barrelled name)");

    [Fact]
    public void A_date_of_birth_with_day_and_month_swapped_still_matches() =>
        AssertMatched(Child("Harry", "Patel", new DateOnly(2015, 12, 3)), Child("Harry", "Patel", new DateOnly(2015, 3, 12)), "date of birth has day and month swapped");

    [Fact]
    public void A_postcode_differing_in_the_last_two_characters_is_said_in_words() =>
        Assert.Contains("postcode differs in the last two characters", Matcher.Compare(Child("Ava", "Brown", postcode: "B15 2TT"), Child("Ava", "Brown", postcode: "B15 2QU")).Reasons);

    [Fact]
    public void Twins_are_never_merged_automatically()
    {
        var held = Child("Oliver", "Smith");
        var twin = Child("Jack", "Smith");
        var score = Matcher.Compare(twin, held);
        Assert.True(score.NeverAutomatic);
        Assert.Contains(score.Reasons, r => r.Contains("possibly twins", StringComparison.Ordinal));
        Assert.NotEqual(MatchOutcome.Matched, DecideAgainst(twin, held).Outcome);
    }

    [Fact]
    public void Twins_at_one_address_with_different_family_names_are_not_merged_either()
    {
        var score = Matcher.Compare(Child("Maya", "Ali", sex: PersonSex.Female), Child("Zara", "Khan", sex: PersonSex.Female));
        Assert.True(score.NeverAutomatic);
        Assert.NotEqual(MatchOutcome.Matched, DecideAgainst(Child("Maya", "Ali"), Child("Zara", "Khan")).Outcome);
    }

    [Fact]
    public void A_twin_whose_middle_name_is_the_other_twins_given_name_is_not_merged()
    {
        var score = Matcher.Compare(Child("Oliver", "Roberts"), Child("George Oliver", "Roberts"));
        Assert.True(score.NeverAutomatic);
        Assert.Contains("a given name matches a middle name", score.Reasons);
        Assert.NotEqual(MatchOutcome.Matched, DecideAgainst(Child("Oliver", "Roberts"), Child("George Oliver", "Roberts")).Outcome);
    }

    [Fact]
    public void Blocking_keys_are_prefixed_plain_text_and_survive_a_swapped_date_of_birth()
    {
        var keys = Matcher.BlockingKeys(Child("Alfie", "Smith", new DateOnly(2015, 3, 12)));
        Assert.Contains("dob:2015-03-12|fam:SNAT", keys);
        Assert.Contains(keys, k => k.StartsWith("yob:2015|nm:", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("pc:B15 2TT|giv:", StringComparison.Ordinal));
        Assert.Contains("dob:2015-03-12|fam:SNAT", Matcher.BlockingKeys(Child("Alfie", "Smith", new DateOnly(2015, 12, 3))));
    }

    [Fact]
    public void Siblings_are_never_merged_automatically()
    {
        var held = Child("Grace", "Okafor", new DateOnly(2013, 6, 1), sex: PersonSex.Female);
        var sibling = Child("Grace", "Okafor", new DateOnly(2013, 6, 1), sex: PersonSex.Female) with { GivenNames = "Hope" };
        var score = Matcher.Compare(sibling, held);
        Assert.True(score.NeverAutomatic);
        Assert.NotEqual(MatchOutcome.Matched, DecideAgainst(sibling, held).Outcome);
        // A younger sibling: a different birthday too.
        var younger = Child("Faith", "Okafor", new DateOnly(2016, 2, 9), sex: PersonSex.Female);
        Assert.True(Matcher.Compare(younger, held).NeverAutomatic);
        Assert.NotEqual(MatchOutcome.Matched, DecideAgainst(younger, held).Outcome);
    }

    [Fact]
    public void A_verified_NHS_number_matches_deterministically_whatever_else_was_written()
    {
        var held = Child("Mohammed", "Rahman", nhs: "943 476 5919");
        var incoming = Child("Mo", "Rehman", new DateOnly(2015, 4, 12), postcode: "LS6 1AA", nhs: "9434765919");
        var score = Matcher.Compare(incoming, held);
        Assert.True(score.Deterministic);
        Assert.Equal(1, score.Probability);
        var result = DecideAgainst(incoming, held);
        Assert.Equal(MatchOutcome.Matched, result.Outcome);
        Assert.Contains("NHS number matches", result.Reasons);
        Assert.Contains("nhs:9434765919", Matcher.BlockingKeys(incoming));
    }

    [Fact]
    public void An_NHS_number_on_someone_else_entirely_goes_to_a_practitioner()
    {
        var held = Child("Mohammed", "Rahman", nhs: "9434765919");
        var incoming = Child("Grace", "Whitfield", new DateOnly(2009, 11, 30), postcode: "LS6 1AA", sex: PersonSex.Female, nhs: "9434765919");
        var score = Matcher.Compare(incoming, held);
        Assert.True(score.Deterministic);
        Assert.True(score.IdentifierContradicted);
        var result = DecideAgainst(incoming, held);
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Contains(result.Reasons, r => r.Contains("mistyped number", StringComparison.Ordinal));
        Assert.True(result.Score < 0.5);
    }

    [Theory]
    [InlineData("Alfie", "Smith-Jones", "Alfred", "Smith")]
    [InlineData("Olvier", "Whitfield", "Oliver", "Whitfeld")]
    [InlineData("Jon", "Rahman", "John", "Rehman")]
    [InlineData("Smith", "Grace", "Grace", "Smith")]
    [InlineData("Leah", "Murphy", "Leia", "Byrne")]
    public void Reasons_name_no_one(string givenA, string familyA, string givenB, string familyB)
    {
        var held = Child(givenA, familyA, postcode: "EX4 1AA") with { OtherNames = ["Kayleigh Byrne"] };
        var incoming = Child(givenB, familyB, postcode: "EX4 6ZZ");
        foreach (var reason in Matcher.Compare(incoming, held).Reasons.Concat(DecideAgainst(incoming, held).Reasons))
            foreach (var shown in new[] { givenA, familyA, givenB, familyB, "Kayleigh", "Byrne", "EX4" })
                Assert.DoesNotContain(shown, reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_NHS_number_with_a_wrong_check_digit_decides_nothing()
    {
        var score = Matcher.Compare(Child("Ava", "Brown", nhs: "9434765918"), Child("Zara", "Green", new DateOnly(2011, 1, 1), "M1 1AE", nhs: "9434765918"));
        Assert.False(score.Deterministic);
        Assert.DoesNotContain("NHS number matches", score.Reasons);
    }

    [Fact]
    public void Two_different_valid_NHS_numbers_are_two_people_whatever_the_names_say()
    {
        var held = Child("Oliver", "Smith", nhs: "9434765919");
        var incoming = Child("Oliver", "Smith", nhs: "4010232137");
        var score = Matcher.Compare(incoming, held);
        Assert.Contains("NHS numbers differ: two different people", score.Reasons);
        Assert.True(score.Probability < 1e-6);
        Assert.Equal(MatchOutcome.New, DecideAgainst(incoming, held).Outcome);
    }

    [Fact]
    public void A_verified_UPN_matches_deterministically()
    {
        var held = Child("Chloe", "Evans", sex: PersonSex.Female, upn: "B801200005001");
        var incoming = Child("Khloe", "Evans-Price", new DateOnly(2014, 3, 12), "CF10 1AA", PersonSex.Female, upn: "b801 2000 05001");
        var result = DecideAgainst(incoming, held);
        Assert.Equal(MatchOutcome.Matched, result.Outcome);
        Assert.Contains("unique pupil number matches", result.Reasons);
    }

    [Fact]
    public void Two_candidates_both_above_the_automatic_line_go_to_review()
    {
        var incoming = Child("Isla", "Campbell", sex: PersonSex.Female);
        var result = DecideAgainst(incoming, Child("Isla", "Campbell", sex: PersonSex.Female), Child("Isla", "Campbell", sex: PersonSex.Female));
        Assert.Equal(MatchOutcome.NeedsReview, result.Outcome);
        Assert.Contains("another person held is nearly as likely a match", result.Reasons);
    }

    [Fact]
    public void Someone_sharing_only_a_common_name_is_a_new_person()
    {
        var result = DecideAgainst(Child("Jack", "Smith"), Child("Jack", "Smith", new DateOnly(2009, 11, 30), "M14 5RB"));
        Assert.Equal(MatchOutcome.New, result.Outcome);
        Assert.Null(result.SubjectId);
    }

    [Fact]
    public void An_other_name_counts()
    {
        var held = Child("Leah", "Murphy", sex: PersonSex.Female) with { OtherNames = ["Leah Byrne"] };
        var incoming = Child("Leah", "Byrne", sex: PersonSex.Female, postcode: "B15 3AA");
        Assert.Contains(Matcher.BlockingKeys(incoming), Matcher.BlockingKeys(held).Contains);
        var result = DecideAgainst(incoming, held);
        Assert.Equal(MatchOutcome.Matched, result.Outcome);
        Assert.Contains("compared on another name (an alias or a previous name)", result.Reasons);
    }

    [Fact]
    public void Thresholds_the_wrong_way_round_are_refused()
    {
        var options = new IdentityMatchingOptions { AutoMatchProbability = 0.9, ReviewProbability = 0.95 };
        Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() => new IdentityMatcher(Options.Create(options)));
    }
}
