using Safeguarding.Governance.QualityAssurance;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>A Section 11 self-assessment rates every standard once, with an action wherever a standard is not fully met.</summary>
public sealed class Section11RulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static List<Section11RatingInput> AllMet() =>
        Section11Standards.All.Select(s => new Section11RatingInput { Standard = s.Code, Rating = Section11Rating.Met }).ToList();

    [Fact]
    public void A_self_assessment_keeps_each_rating_and_counts_them_in_its_event()
    {
        var ratings = AllMet();
        ratings[0].Rating = Section11Rating.NotMet;
        ratings[0].Action = " Refresh the training plan ";
        var partner = Guid.NewGuid();
        var assessment = Section11SelfAssessment.Submit(partner, 2025, Today, ratings, Today, new InputCheck());
        Assert.Equal("Refresh the training plan", assessment.Ratings.Single(r => r.Standard == "S11.1").Action);
        var submitted = assessment.Submitted();
        Assert.Equal((partner, 2025, 7, 0, 1), (submitted.PartnerId, submitted.Year, submitted.Met, submitted.PartiallyMet, submitted.NotMet));
        Assert.Equal(50m, Section11StandardCompliance.Of([assessment, Section11SelfAssessment.Submit(partner, 2025, Today, AllMet(), Today, new InputCheck())])[0].PercentMet);
    }

    [Fact]
    public void Every_problem_with_a_self_assessment_is_reported_at_once()
    {
        var ratings = AllMet().Skip(1).ToList();
        ratings.Add(new Section11RatingInput { Standard = "S11.2", Rating = Section11Rating.PartiallyMet });
        var refused = Assert.Throws<DomainException>(() => Section11SelfAssessment.Submit(Guid.NewGuid(), 2027, Today.AddDays(1), ratings, Today, new InputCheck()));
        Assert.Equal(["year", "submittedOn", "submittedOn", "ratings", "ratings", "ratings"], refused.Problems.Select(p => p.Field));
        Assert.Contains(refused.Problems, p => p.Message == "Rate every standard once; missing: S11.1.");
    }
}
