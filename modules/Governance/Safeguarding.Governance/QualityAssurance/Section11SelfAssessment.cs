using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.QualityAssurance;

/// <summary>One agency's Section 11 self-assessment for a year: every standard rated once, with an action for any not fully met.</summary>
public sealed class Section11SelfAssessment
{
    /// <summary>The first year the partnership holds self-assessments for.</summary>
    public const int FirstYear = 2015;
    public const int MaxActionLength = 2000;

    private Section11SelfAssessment() { }

    public Guid Id { get; private set; }
    public Guid PartnerId { get; private set; }
    /// <summary>The calendar year the self-assessment is for, e.g. 2024 (Section 11 audits are yearly, from 2015).</summary>
    public int Year { get; private set; }
    /// <summary>The UK day it was submitted.</summary>
    public DateOnly SubmittedOn { get; private set; }
    /// <summary>The agency's rating of each standard.</summary>
    public List<Section11StandardRating> Ratings { get; private set; } = [];

    /// <summary>
    /// A self-assessment submitted by today for a year from <see cref="FirstYear"/> to this one, not before its year. Problems
    /// are added to <paramref name="check"/>, which already holds any the caller found while reading the input, and
    /// reported together.
    /// </summary>
    public static Section11SelfAssessment Submit(Guid partnerId, int year, DateOnly submittedOn, IReadOnlyList<Section11RatingInput> ratings, DateOnly today, InputCheck check)
    {
        check.Require(year >= FirstYear && year <= today.Year, "year", $"The year must be between {FirstYear} and {today.Year}.")
            .Require(submittedOn <= today, "submittedOn", "A self-assessment cannot be submitted on a future date.")
            .Require(submittedOn.Year >= year, "submittedOn", "A self-assessment cannot be submitted before its year.");
        var unknown = ratings.Where(r => !Section11Standards.IsKnown(r.Standard)).Select(r => r.Standard).ToList();
        check.Require(unknown.Count == 0, "ratings", $"Unknown standard(s): {string.Join(", ", unknown)}. The standards are S11.1 to S11.8.");
        var missing = Section11Standards.All.Select(s => s.Code).Except(ratings.Select(r => r.Standard ?? "")).ToList();
        check.Require(missing.Count == 0, "ratings", $"Rate every standard once; missing: {string.Join(", ", missing)}.")
            .Require(ratings.GroupBy(r => r.Standard).All(g => g.Count() == 1), "ratings", "Each standard may be rated only once.")
            .Require(ratings.All(r => r.Rating == Section11Rating.Met || !string.IsNullOrWhiteSpace(r.Action)), "ratings",
                "Give the action the agency will take for every standard not fully met.")
            .Require(ratings.All(r => (r.Action?.Length ?? 0) <= MaxActionLength), "ratings", "Each action must be 2000 characters or fewer.")
            .ThrowIfInvalid();
        var assessment = new Section11SelfAssessment { Id = Guid.NewGuid(), PartnerId = partnerId, Year = year, SubmittedOn = submittedOn };
        assessment.Ratings = ratings.Select(r => Section11StandardRating.Of(assessment.Id, r.Standard!, r.Rating, r.Action)).ToList();
        return assessment;
    }

    /// <summary>The event that announces the submission, with how many standards were met, partly met and not met.</summary>
    public Section11SelfAssessmentSubmitted Submitted() => new(PartnerId, Year,
        Ratings.Count(r => r.Rating == Section11Rating.Met), Ratings.Count(r => r.Rating == Section11Rating.PartiallyMet), Ratings.Count(r => r.Rating == Section11Rating.NotMet));

    /// <summary>What an agency is told when it already submitted for the year (the unique index says the same).</summary>
    public static string AlreadySubmitted(int year) => $"That agency has already submitted its Section 11 self-assessment for {year}.";
}
