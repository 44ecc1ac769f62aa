namespace Safeguarding.Governance.Reviews;

/// <summary>Rapid Reviews of one year (by notification date): counts only, no ids. What the scrutineer may read.</summary>
/// <param name="Overdue">Undecided and past the deadline today.</param>
/// <param name="LearningFromExperienceReviews">Learning from Experience reviews commissioned that year.</param>
public sealed record ReviewTimeliness(int Year, int RapidReviews, int Decided, int DecidedInTime, int Overdue, int CsprDecisions, int LearningFromExperienceReviews)
{
    /// <summary>Decided in time as a share of those decided, 0 to 1 (rounded to four places); null when none was decided.</summary>
    public decimal? InTimeRate => Decided == 0 ? null : Math.Round((decimal)DecidedInTime / Decided, 4);

    /// <summary>The figures of each calendar year of notification that has a review, oldest first; overdue as on <paramref name="today"/>.</summary>
    public static IReadOnlyList<ReviewTimeliness> PerYear(
        IEnumerable<(ReviewKind Kind, DateOnly NotifiedOn, DateOnly DeadlineOn, DateOnly? DecidedOn, ReviewOutcome? Outcome)> reviews, DateOnly today) =>
        reviews.GroupBy(r => r.NotifiedOn.Year).OrderBy(g => g.Key).Select(g =>
        {
            var rapid = g.Where(r => r.Kind == ReviewKind.RapidReview).ToList();
            return new ReviewTimeliness(g.Key, rapid.Count,
                rapid.Count(r => r.DecidedOn != null),
                rapid.Count(r => r.DecidedOn <= r.DeadlineOn),
                rapid.Count(r => r.DecidedOn == null && r.DeadlineOn < today),
                rapid.Count(r => r.Outcome == ReviewOutcome.Cspr),
                g.Count(r => r.Kind == ReviewKind.LearningFromExperience));
        }).ToList();
}
