using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Reviews;

public sealed class LearningReviewGraphType : RecordGraphType<LearningReview>
{
    public LearningReviewGraphType() : base("LearningReview",
        "A Rapid Review or a Learning from Experience review. Governance working group only (it may name a subject id).",
        x => x.OverdueAnnouncedOn, x => x.Agreements, x => x.Findings, x => x.IsDecided, x => x.DecidedInTime)
    {
        Describe(x => x.NotifiedOn, "Rapid Review: the serious incident notification. Learning from Experience: when commissioned.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<IntGraphType>("workingDaysLeft")
            .Description("Working days from today to the deadline (negative once passed), counted with the bank holidays as they stand now; null when today is outside the working-day calendar.")
            .ResolveAsync(async c => c.Source.WorkingDaysLeftOn(
                await WorkingDayCalendar.CurrentAsync(c.Service<IBankHolidayCalendar>(), c.CancellationToken), c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewAgreementGraphType>>>>("agreements")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().ReviewAgreements.AsNoTracking()
                .Where(a => a.ReviewId == c.Source.Id).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewFindingGraphType>>>>("findings")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().ReviewFindings.AsNoTracking()
                .Where(f => f.ReviewId == c.Source.Id).OrderBy(f => f.Theme).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewActionGraphType>>>>("actions")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().ReviewActions.AsNoTracking()
                .Where(a => a.ReviewId == c.Source.Id).OrderBy(a => a.DueDate).ToListAsync(c.CancellationToken));
    }
}
