using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

public sealed class LearningReviewGraphType : RecordGraphType<LearningReview>
{
    // How many rows each list holds in a realistic partnership, for the complexity analysis: a page of reviews with
    // their findings and actions is then costed at what it reads, not at 20 of each.
    /// <summary>The statutory partners' agreements: three partners, and a fourth where the police and the ICB both sign.</summary>
    public const int AgreementsPerReview = 4;
    /// <summary>A review's findings: a Rapid Review records a handful of themes.</summary>
    public const int FindingsPerReview = 8;
    /// <summary>A review's action plan: an action or two per finding theme.</summary>
    public const int ActionsPerReview = 8;

    public LearningReviewGraphType() : base("LearningReview",
        "A Rapid Review or a Learning from Experience review. Governance working group only (it may name a subject id).",
        x => x.OverdueAnnouncedOn, x => x.Agreements, x => x.Findings, x => x.IsDecided, x => x.DecidedInTime)
    {
        IdentifiedAsNode();
        Describe(x => x.NotifiedOn, "Rapid Review: the serious incident notification. Learning from Experience: when commissioned.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True when a Rapid Review is undecided past its deadline.").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<IntGraphType>("workingDaysLeft")
            .Description("Working days from today to the deadline (negative once passed), counted with the bank holidays as they stand now; null when today is outside the working-day calendar.")
            .ResolveAsync(async c => c.Source.WorkingDaysLeftOn(
                await WorkingDayCalendar.CurrentAsync(c.Service<IBankHolidayCalendar>(), c.CancellationToken), c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewAgreementGraphType>>>>("agreements").Description("Each statutory partner's agreement on the outcome, as recorded.").Rows(AgreementsPerReview).LoadsMany(x => x.Id, AgreementsAsync, a => a.ReviewId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewFindingGraphType>>>>("findings").Description("What the review found, under its themes.").Rows(FindingsPerReview).LoadsMany(x => x.Id, FindingsAsync, f => f.ReviewId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewActionGraphType>>>>("actions").Description("The review's action plan.").Rows(ActionsPerReview).LoadsMany(x => x.Id, ActionsAsync, a => a.ReviewId);
    }

    /// <summary>What the agencies agreed in these reviews.</summary>
    private static Task<List<ReviewAgreement>> AgreementsAsync(IReadOnlyList<Guid> reviews, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().ReviewAgreements.AsNoTracking().Where(a => reviews.Contains(a.ReviewId)).ToListAsync(batch.CancellationToken);

    /// <summary>These reviews' findings, by theme.</summary>
    private static Task<List<ReviewFinding>> FindingsAsync(IReadOnlyList<Guid> reviews, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().ReviewFindings.AsNoTracking().Where(f => reviews.Contains(f.ReviewId)).OrderBy(f => f.Theme).ToListAsync(batch.CancellationToken);

    /// <summary>These reviews' actions, by due date.</summary>
    private static Task<List<ReviewAction>> ActionsAsync(IReadOnlyList<Guid> reviews, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().ReviewActions.AsNoTracking().Where(a => reviews.Contains(a.ReviewId)).OrderBy(a => a.DueDate).ToListAsync(batch.CancellationToken);
}
