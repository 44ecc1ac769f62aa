namespace Safeguarding.Governance.Reviews;

/// <summary>
/// Rapid Reviews of one year (by notification date): counts only, no ids. What the scrutineer may read. Each review is
/// about harm to one child, so these are counts of children, given under the reader's small-number rule: those decided
/// in time and late add up to those decided, so a small one withholds the other, and the rate goes with them.
/// </summary>
/// <param name="Overdue">Undecided and past the deadline today.</param>
/// <param name="LearningFromExperienceReviews">Learning from Experience reviews commissioned that year.</param>
/// <param name="InTimeRate">Decided in time as a share of those decided, 0 to 1 (rounded to four places); null when none was decided.</param>
/// <param name="CsprDecisions">Rapid Reviews decided that a Child Safeguarding Practice Review is needed.</param>
/// <param name="Decided">Rapid Reviews decided.</param>
/// <param name="DecidedInTime">Rapid Reviews decided within 15 working days of the notification.</param>
/// <param name="RapidReviews">Rapid Reviews opened.</param>
/// <param name="Year">The calendar year in which the serious incidents were notified, e.g. 2024.</param>
public sealed record ReviewTimeliness(int Year, Disclosed<int> RapidReviews, Disclosed<int> Decided, Disclosed<int> DecidedInTime, Disclosed<int> Overdue,
    Disclosed<int> CsprDecisions, Disclosed<int> LearningFromExperienceReviews, Disclosed<decimal> InTimeRate)
{
    /// <summary>The figures of each calendar year of notification that has a review, oldest first; overdue as on <paramref name="today"/>.</summary>
    public static IReadOnlyList<ReviewTimeliness> PerYear(
        IEnumerable<(ReviewKind Kind, DateOnly NotifiedOn, DateOnly DeadlineOn, DateOnly? DecidedOn, ReviewOutcome? Outcome)> reviews, DateOnly today,
        DisclosureControl rule) =>
        reviews.GroupBy(r => r.NotifiedOn.Year).OrderBy(g => g.Key).Select(g =>
        {
            var rapid = g.Where(r => r.Kind == ReviewKind.RapidReview).ToList();
            var decided = rapid.Count(r => r.DecidedOn != null);
            var inTime = rapid.Count(r => r.DecidedOn <= r.DeadlineOn);
            var overdue = rapid.Count(r => r.DecidedOn == null && r.DeadlineOn < today);
            var table = rule.Table();
            var (rapidCell, decidedCell, inTimeCell, overdueCell) = (table.Count(rapid.Count), table.Count(decided), table.Count(inTime), table.Count(overdue));
            var late = table.Unshown(decided - inTime);
            table.Sum(decidedCell, [inTimeCell, late])
                .Sum(rapidCell, [decidedCell, overdueCell, table.Unshown(rapid.Count - decided - overdue)]);
            var rate = decided == 0 ? (decimal?)null : Math.Round((decimal)inTime / decided, 4);
            return new ReviewTimeliness(g.Key, table[rapidCell], table[decidedCell], table[inTimeCell], table[overdueCell],
                rule.Count(rapid.Count(r => r.Outcome == ReviewOutcome.Cspr)), rule.Count(g.Count(r => r.Kind == ReviewKind.LearningFromExperience)),
                table.Rate(rate, inTimeCell, late, decidedCell));
        }).ToList();
}
