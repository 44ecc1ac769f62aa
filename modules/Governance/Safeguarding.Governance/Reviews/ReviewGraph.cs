using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.Reviews;

public sealed class LearningReviewGraphType : ObjectGraphType<LearningReview>
{
    public LearningReviewGraphType()
    {
        Name = "LearningReview";
        Description = "A Rapid Review or a Learning from Experience review. Governance working group only (it may name a subject id).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<ReviewKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Reference);
        Field(x => x.NotifiedOn).Description("Rapid Review: the serious incident notification. Learning from Experience: when commissioned.");
        Field<IdGraphType>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<IdGraphType>("rapidReviewId").Resolve(c => c.Source.RapidReviewId);
        Field(x => x.DeadlineOn).Description("Rapid Review: 15 working days after the notification. Learning from Experience: the planned completion.");
        Field<EnumerationGraphType<ReviewOutcome>>("outcome").Resolve(c => c.Source.Outcome);
        Field(x => x.DecidedOn, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.Kind == ReviewKind.RapidReview && c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<IntGraphType>("workingDaysLeft")
            .Description("Working days from today to the deadline (negative once passed), counted with the bank holidays as they stand now; null when today is outside the working-day calendar.")
            .ResolveAsync(async c =>
            {
                var today = c.Service<TimeProvider>().Today();
                var calendar = await WorkingDayCalendar.CurrentAsync(c.Service<IBankHolidayCalendar>(), c.CancellationToken);
                return WorkingDayCalendar.Covers(today) && WorkingDayCalendar.Covers(c.Source.DeadlineOn) ? c.Source.WorkingDaysLeft(calendar, today) : null;
            });
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

public sealed class ReviewAgreementGraphType : ObjectGraphType<ReviewAgreement>
{
    public ReviewAgreementGraphType()
    {
        Name = "ReviewAgreement";
        Description = "A statutory partner's agreement to a Rapid Review's outcome.";
        Field<NonNullGraphType<EnumerationGraphType<ReviewOutcome>>>("outcome").Resolve(c => c.Source.Outcome);
        Field(x => x.RecordedOn);
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}

public sealed class ReviewFindingGraphType : ObjectGraphType<ReviewFinding>
{
    public ReviewFindingGraphType()
    {
        Name = "ReviewFinding";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Theme).Description("e.g. professional curiosity, accurate chronologies.");
        Field(x => x.Text);
    }
}

public sealed class ReviewActionGraphType : ObjectGraphType<ReviewAction>
{
    public ReviewActionGraphType()
    {
        Name = "ReviewAction";
        Description = "An action of a review's action plan, owned by a body.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("reviewId").Resolve(c => c.Source.ReviewId);
        Field(x => x.Title);
        Field<NonNullGraphType<EnumerationGraphType<ActionStatus>>>("status").Resolve(c => c.Source.Status);
        Field(x => x.StartsOn);
        Field(x => x.DueDate);
        Field(x => x.CompletedOn, nullable: true);
        Field(x => x.CompletionEvidence, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Resolve(c => c.Source.IsOverdueOn(c.Service<TimeProvider>().Today()));
        Field<NonNullGraphType<PartnershipBodyGraphType>>("ownerBody")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.AsNoTracking().Include(b => b.Members)
                .FirstAsync(b => b.Id == c.Source.OwnerBodyId, c.CancellationToken));
    }
}

/// <summary>Rapid Reviews of one year (by notification date): counts only, no ids. What the scrutineer may read.</summary>
public sealed record ReviewTimeliness(int Year, int RapidReviews, int Decided, int DecidedInTime, int Overdue, int CsprDecisions, int LearningFromExperienceReviews)
{
    /// <summary>Decided in time as a share of those decided, 0 to 1 (rounded to four places); null when none was decided.</summary>
    public decimal? InTimeRate => Decided == 0 ? null : Math.Round((decimal)DecidedInTime / Decided, 4);
}

public sealed class ReviewTimelinessGraphType : ObjectGraphType<ReviewTimeliness>
{
    public ReviewTimelinessGraphType()
    {
        Name = "LearningReviewTimeliness";
        Description = "Rapid Reviews per calendar year of notification: how many were decided within 15 working days. Counts only.";
        Field(x => x.Year);
        Field(x => x.RapidReviews);
        Field(x => x.Decided);
        Field(x => x.DecidedInTime);
        Field(x => x.Overdue).Description("Undecided and past the deadline today.");
        Field(x => x.CsprDecisions);
        Field(x => x.LearningFromExperienceReviews).Description("Learning from Experience reviews commissioned that year.");
        Field(x => x.InTimeRate, nullable: true).Description("Decided in time / decided, 0 to 1, four decimal places.");
    }
}

public sealed class OpenRapidReviewInput
{
    public string? Reference { get; set; }
    public DateOnly NotifiedOn { get; set; }
    public string? SubjectId { get; set; }
}

public sealed class OpenRapidReviewInputType : InputObjectGraphType<OpenRapidReviewInput>
{
    public OpenRapidReviewInputType()
    {
        Name = "OpenRapidReviewInput";
        Field(x => x.Reference).Description("A short reference such as \"RR 2024/03\"; never a child's name.");
        Field(x => x.NotifiedOn).Description("The date of the serious incident notification (1995 to 2099, not in the future).");
        Field<IdGraphType>("subjectId").Description("The pseudonymous subject, if any; must exist in the subject registry.");
    }
}

public sealed class OpenLearningFromExperienceReviewInput
{
    public string? Reference { get; set; }
    public DateOnly CommissionedOn { get; set; }
    public DateOnly DueDate { get; set; }
    public string? RapidReviewId { get; set; }
    public string? SubjectId { get; set; }
}

public sealed class OpenLearningFromExperienceReviewInputType : InputObjectGraphType<OpenLearningFromExperienceReviewInput>
{
    public OpenLearningFromExperienceReviewInputType()
    {
        Name = "OpenLearningFromExperienceReviewInput";
        Field(x => x.Reference);
        Field(x => x.CommissionedOn);
        Field(x => x.DueDate).Description("The planned completion.");
        Field<IdGraphType>("rapidReviewId").Description("The Rapid Review that decided no CSPR was needed, if any.");
        Field<IdGraphType>("subjectId");
    }
}

public sealed class RecordReviewAgreementInput
{
    public string? ReviewId { get; set; }
    public string? PartnerId { get; set; }
    public ReviewOutcome Outcome { get; set; }
}

public sealed class RecordReviewAgreementInputType : InputObjectGraphType<RecordReviewAgreementInput>
{
    public RecordReviewAgreementInputType()
    {
        Name = "RecordReviewAgreementInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("A statutory partner.");
        Field<NonNullGraphType<EnumerationGraphType<ReviewOutcome>>>("outcome");
    }
}

public sealed class DecideRapidReviewInput
{
    public string? ReviewId { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
}

public sealed class DecideRapidReviewInputType : InputObjectGraphType<DecideRapidReviewInput>
{
    public DecideRapidReviewInputType()
    {
        Name = "DecideRapidReviewInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field<NonNullGraphType<EnumerationGraphType<ReviewOutcome>>>("outcome");
        Field(x => x.DecidedOn, nullable: true).Description("Defaults to today.");
    }
}

public sealed class AddReviewFindingInput
{
    public string? ReviewId { get; set; }
    public string? Theme { get; set; }
    public string? Text { get; set; }
}

public sealed class AddReviewFindingInputType : InputObjectGraphType<AddReviewFindingInput>
{
    public AddReviewFindingInputType()
    {
        Name = "AddReviewFindingInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field(x => x.Theme).Description("e.g. professional curiosity.");
        Field(x => x.Text);
    }
}

public sealed class AddReviewActionInput
{
    public string? ReviewId { get; set; }
    public string? Title { get; set; }
    public string? OwnerBodyId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly DueDate { get; set; }
}

public sealed class AddReviewActionInputType : InputObjectGraphType<AddReviewActionInput>
{
    public AddReviewActionInputType()
    {
        Name = "AddReviewActionInput";
        Field<NonNullGraphType<IdGraphType>>("reviewId");
        Field(x => x.Title);
        Field<NonNullGraphType<IdGraphType>>("ownerBodyId").Description("The body that owns the action.");
        Field(x => x.StartsOn);
        Field(x => x.DueDate).Description("On or after startsOn.");
    }
}

/// <summary>The same input as a body's action (<see cref="CompleteActionInput"/>), under its own name in the schema.</summary>
public sealed class CompleteReviewActionInputType : InputObjectGraphType<CompleteActionInput>
{
    public CompleteReviewActionInputType()
    {
        Name = "CompleteReviewActionInput";
        Field<NonNullGraphType<IdGraphType>>("actionId");
        Field(x => x.Evidence);
        Field(x => x.CompletedOn, nullable: true).Description("Defaults to today.");
    }
}

internal static class ReviewGraph
{
    /// <summary>Reviews may name a subject id: the Governance working group only.</summary>
    private const Access Members = Access.WorkingGroupMember;
    /// <summary>Counts and rates, no ids: the scrutineer and administrators too.</summary>
    private const Access AggregateReaders = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LearningReviewGraphType>>>>("learningReviews")
            .Description("Rapid Reviews and Learning from Experience reviews, newest first. Governance working group.")
            .Argument<EnumerationGraphType<ReviewKind>>("kind")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var query = c.Service<GovernanceDbContext>().Reviews.AsNoTracking();
                if (c.GetArgument<ReviewKind?>("kind") is { } kind) query = query.Where(r => r.Kind == kind);
                return await query.OrderByDescending(r => r.NotifiedOn).ThenBy(r => r.Reference).ToListAsync(c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LearningReviewGraphType>>>>("rapidReviewsAtRisk")
            .Description($"Undecided Rapid Reviews that are overdue or have {LearningReview.AtRiskWorkingDays} working days or fewer left, by deadline. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var asOf = AsOf(c);
                var calendar = await WorkingDayCalendar.CurrentAsync(c.Service<IBankHolidayCalendar>(), c.CancellationToken);
                var open = await c.Service<GovernanceDbContext>().Reviews.AsNoTracking()
                    .Where(r => r.Kind == ReviewKind.RapidReview && r.DecidedOn == null)
                    .OrderBy(r => r.DeadlineOn).ToListAsync(c.CancellationToken);
                return open.Where(r => r.IsOverdueOn(asOf) || r.IsAtRiskOn(calendar, asOf)).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewActionGraphType>>>>("overdueReviewActions")
            .Description("Review actions not completed by their due date, oldest first. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
                return await c.Service<GovernanceDbContext>().ReviewActions.AsNoTracking()
                    .Where(a => a.Status != ActionStatus.Completed && a.DueDate < asOf)
                    .OrderBy(a => a.DueDate).ThenBy(a => a.Title).ToListAsync(c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewTimelinessGraphType>>>>("learningReviewTimeliness")
            .Description("Per calendar year of notification: Rapid Reviews, how many decided within 15 working days, and the in-time rate. Counts only.")
            .Allow(AggregateReaders)
            .ResolveAsync(async c =>
            {
                var today = c.Service<TimeProvider>().Today();
                var reviews = await c.Service<GovernanceDbContext>().Reviews.AsNoTracking()
                    .Select(r => new { r.Kind, r.NotifiedOn, r.DeadlineOn, r.DecidedOn, r.Outcome }).ToListAsync(c.CancellationToken);
                return reviews.GroupBy(r => r.NotifiedOn.Year).OrderBy(g => g.Key).Select(g =>
                {
                    var rapid = g.Where(r => r.Kind == ReviewKind.RapidReview).ToList();
                    return new ReviewTimeliness(g.Key, rapid.Count,
                        rapid.Count(r => r.DecidedOn != null),
                        rapid.Count(r => r.DecidedOn <= r.DeadlineOn),
                        rapid.Count(r => r.DecidedOn == null && r.DeadlineOn < today),
                        rapid.Count(r => r.Outcome == ReviewOutcome.Cspr),
                        g.Count(r => r.Kind == ReviewKind.LearningFromExperience));
                }).ToList();
            });

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("openRapidReview")
            .Description("Opens a Rapid Review for a serious incident notification; its deadline is 15 working days after the notification.")
            .Argument<NonNullGraphType<OpenRapidReviewInputType>>("input")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<OpenRapidReviewInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var calendar = await WorkingDayCalendar.CurrentAsync(c.Service<IBankHolidayCalendar>(), c.CancellationToken);
                var check = new InputCheck();
                var subject = ParseSubject(check, input.SubjectId);
                check.RequireText(input.Reference, "reference", "The review's reference", 100)
                    .Require(input.NotifiedOn <= today, "notifiedOn", "A notification cannot be dated in the future.")
                    .Require(WorkingDayCalendar.Covers(input.NotifiedOn), "notifiedOn",
                        $"The notification date must be within the working-day calendar ({BankHolidays.FirstYear} to {BankHolidays.LastYear}).")
                    .ThrowIfInvalid();
                var deadline = Deadline(calendar, input.NotifiedOn, LearningReview.RapidReviewWorkingDays, "notifiedOn");
                var reference = input.Reference!.Trim();
                await RequireUniqueReference(db, reference, c.CancellationToken);
                if (subject is { } s) await EnrolSubject(c, s);
                var review = new LearningReview
                {
                    Id = Guid.NewGuid(), Kind = ReviewKind.RapidReview, Reference = reference, NotifiedOn = input.NotifiedOn,
                    SubjectId = subject?.Value, DeadlineOn = deadline,
                };
                db.Reviews.Add(review);
                db.Publish(new LearningReviewOpened(review.Id, review.Kind.ToString(), review.NotifiedOn, review.DeadlineOn));
                await db.SaveChangesAsync(c.CancellationToken);
                return review;
            });

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("openLearningFromExperienceReview")
            .Description("Opens a Learning from Experience review, where the criteria for a CSPR are not met.")
            .Argument<NonNullGraphType<OpenLearningFromExperienceReviewInputType>>("input")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<OpenLearningFromExperienceReviewInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var subject = ParseSubject(check, input.SubjectId);
                Guid? rapidId = input.RapidReviewId is null ? null : check.ParseId(input.RapidReviewId, "rapidReviewId", "The Rapid Review");
                check.RequireText(input.Reference, "reference", "The review's reference", 100)
                    .Require(input.CommissionedOn <= today, "commissionedOn", "A review cannot be commissioned on a future date.")
                    .Require(input.DueDate >= input.CommissionedOn, "dueDate", "The due date cannot be before the review was commissioned.")
                    .Require(input.DueDate <= input.CommissionedOn.AddYears(2), "dueDate", "The due date must be within two years of commissioning.")
                    .ThrowIfInvalid();
                var reference = input.Reference!.Trim();
                if (rapidId is { } id)
                {
                    var rapid = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Kind == ReviewKind.RapidReview, c.CancellationToken)
                        ?? throw PartnershipError.NotFound("Rapid Review", id);
                    if (rapid.Outcome != ReviewOutcome.NoCspr)
                        throw PartnershipError.Conflict("A Learning from Experience review follows a Rapid Review only once its statutory partners have decided no CSPR is needed.");
                }
                await RequireUniqueReference(db, reference, c.CancellationToken);
                if (subject is { } s) await EnrolSubject(c, s);
                var review = new LearningReview
                {
                    Id = Guid.NewGuid(), Kind = ReviewKind.LearningFromExperience, Reference = reference, NotifiedOn = input.CommissionedOn,
                    SubjectId = subject?.Value, RapidReviewId = rapidId, DeadlineOn = input.DueDate,
                };
                db.Reviews.Add(review);
                db.Publish(new LearningReviewOpened(review.Id, review.Kind.ToString(), review.NotifiedOn, review.DeadlineOn));
                await db.SaveChangesAsync(c.CancellationToken);
                return review;
            });

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("recordReviewAgreement")
            .Description("Records (or changes) a statutory partner's agreement to a Rapid Review's outcome, until the review is decided.")
            .Argument<NonNullGraphType<RecordReviewAgreementInputType>>("input")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordReviewAgreementInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The partner");
                check.Require(Enum.IsDefined(input.Outcome), "outcome", "The outcome must be CSPR or NO_CSPR.").ThrowIfInvalid();
                var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("review", reviewId);
                var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("partner", partnerId);
                partner.RequireCurrent("partnerId");
                if (partner.Kind != PartnerKind.StatutoryPartner)
                    throw PartnershipError.Invalid("partnerId", $"{partner.Name} is not a statutory partner; only statutory partners agree a Rapid Review's outcome.");
                if (review.Kind != ReviewKind.RapidReview) throw PartnershipError.Conflict("Only a Rapid Review is decided by the statutory partners.");
                if (review.IsDecided) throw PartnershipError.Conflict($"This Rapid Review was already decided on {review.DecidedOn:d MMMM yyyy}.");
                var agreement = await db.ReviewAgreements.FirstOrDefaultAsync(a => a.ReviewId == reviewId && a.PartnerId == partnerId, c.CancellationToken);
                if (agreement is null)
                    db.ReviewAgreements.Add(new ReviewAgreement { Id = Guid.NewGuid(), ReviewId = reviewId, PartnerId = partnerId, Outcome = input.Outcome, RecordedOn = today });
                else
                {
                    agreement.Outcome = input.Outcome;
                    agreement.RecordedOn = today;
                }
                await db.SaveChangesAsync(c.CancellationToken);
                return review;
            });

        slice.Mutation.Field<NonNullGraphType<LearningReviewGraphType>>("decideRapidReview")
            .Description("Decides a Rapid Review's outcome. Refused (CONFLICT) unless every statutory partner has agreed that same outcome.")
            .Argument<NonNullGraphType<DecideRapidReviewInputType>>("input")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DecideRapidReviewInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var decidedOn = input.DecidedOn ?? today;
                var check = new InputCheck();
                var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
                check.Require(Enum.IsDefined(input.Outcome), "outcome", "The outcome must be CSPR or NO_CSPR.")
                    .Require(decidedOn <= today, "decidedOn", "A decision cannot be dated in the future.")
                    .ThrowIfInvalid();
                var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("review", reviewId);
                if (review.Kind != ReviewKind.RapidReview) throw PartnershipError.Conflict("Only a Rapid Review is decided by the statutory partners.");
                if (review.IsDecided) throw PartnershipError.Conflict($"This Rapid Review was already decided on {review.DecidedOn:d MMMM yyyy}.");
                if (decidedOn < review.NotifiedOn) throw PartnershipError.Invalid("decidedOn", "A decision cannot come before the notification.");
                var statutory = await db.Partners.AsNoTracking().Where(p => p.Kind == PartnerKind.StatutoryPartner && p.RetiredOn == null)
                    .OrderBy(p => p.Name).ToListAsync(c.CancellationToken);
                var agreed = await db.ReviewAgreements.AsNoTracking()
                    .Where(a => a.ReviewId == reviewId && a.Outcome == input.Outcome).Select(a => a.PartnerId).ToListAsync(c.CancellationToken);
                var missing = statutory.Where(p => !agreed.Contains(p.Id)).Select(p => p.Name).ToList();
                if (statutory.Count == 0 || missing.Count > 0)
                    throw PartnershipError.Conflict(
                        $"A Rapid Review is decided only when all {statutory.Count} statutory partners agree the same outcome; " +
                        $"{agreed.Count} agree {OutcomeName(input.Outcome)}. Not yet agreed: {string.Join(", ", missing)}.");
                review.Outcome = input.Outcome;
                review.DecidedOn = decidedOn;
                db.Publish(new LearningReviewDecided(review.Id, review.Outcome.Value.ToString(), review.NotifiedOn, review.DeadlineOn, decidedOn));
                await db.SaveChangesAsync(c.CancellationToken);
                return review;
            });

        slice.Mutation.Field<NonNullGraphType<ReviewFindingGraphType>>("addReviewFinding")
            .Description("Adds a finding under a theme to a review.")
            .Argument<NonNullGraphType<AddReviewFindingInputType>>("input")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddReviewFindingInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
                check.RequireText(input.Theme, "theme", "The theme", 200).RequireText(input.Text, "text", "The finding", 4000).ThrowIfInvalid();
                if (!await db.Reviews.AnyAsync(r => r.Id == reviewId, c.CancellationToken)) throw PartnershipError.NotFound("review", reviewId);
                var finding = new ReviewFinding { Id = Guid.NewGuid(), ReviewId = reviewId, Theme = input.Theme!.Trim().ToLowerInvariant(), Text = input.Text!.Trim() };
                db.ReviewFindings.Add(finding);
                await db.SaveChangesAsync(c.CancellationToken);
                return finding;
            });

        slice.Mutation.Field<NonNullGraphType<ReviewActionGraphType>>("addReviewAction")
            .Description("Adds an action to a review's action plan, owned by a body.")
            .Argument<NonNullGraphType<AddReviewActionInputType>>("input")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddReviewActionInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var reviewId = check.ParseId(input.ReviewId, "reviewId", "The review");
                var bodyId = check.ParseId(input.OwnerBodyId, "ownerBodyId", "The owning body");
                check.RequireText(input.Title, "title", "The action's title", 500)
                    .Require(input.DueDate >= input.StartsOn, "dueDate", "The due date cannot be before the start.")
                    .Require(input.DueDate <= input.StartsOn.AddYears(5), "dueDate", "The due date must be within five years of the start.")
                    .ThrowIfInvalid();
                var review = await db.Reviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("review", reviewId);
                if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, c.CancellationToken)) throw PartnershipError.NotFound("partnership body", bodyId);
                if (input.StartsOn < review.NotifiedOn) throw PartnershipError.Invalid("startsOn", "An action cannot start before its review was opened.");
                var action = new ReviewAction
                {
                    Id = Guid.NewGuid(), ReviewId = reviewId, Title = input.Title!.Trim(), OwnerBodyId = bodyId,
                    StartsOn = input.StartsOn, DueDate = input.DueDate, Status = ActionStatus.Open,
                };
                db.ReviewActions.Add(action);
                await db.SaveChangesAsync(c.CancellationToken);
                return action;
            });

        slice.Mutation.Field<NonNullGraphType<ReviewActionGraphType>>("completeReviewAction")
            .Description("Completes a review action with the evidence that it was done.")
            .Argument<NonNullGraphType<CompleteReviewActionInputType>>("input")
            .Allow(Members)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CompleteActionInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var (actionId, completedOn) = ActionCompletion.Check(input, c.Service<TimeProvider>().Today());
                var action = await db.ReviewActions.FirstOrDefaultAsync(a => a.Id == actionId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("review action", actionId);
                ActionCompletion.Complete(action, input, completedOn, (action.StartsOn, "An action cannot be completed before it starts."));
                db.Publish(new ReviewActionCompleted(action.Id, action.ReviewId, action.OwnerBodyId, action.DueDate, completedOn));
                await db.SaveChangesAsync(c.CancellationToken);
                return action;
            });
    }

    private static string OutcomeName(ReviewOutcome outcome) => outcome == ReviewOutcome.Cspr ? "CSPR" : "NO_CSPR";

    private static DateOnly AsOf(IResolveFieldContext c)
    {
        var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
        if (!WorkingDayCalendar.Covers(asOf))
            throw PartnershipError.Invalid("asOf", $"The date must be within the working-day calendar ({BankHolidays.FirstYear} to {BankHolidays.LastYear}).");
        return asOf;
    }

    private static DateOnly Deadline(WorkingDayCalendar calendar, DateOnly from, int workingDays, string field)
    {
        try { return calendar.AddWorkingDays(from, workingDays); }
        catch (CalendarOutOfRangeException e) { throw PartnershipError.Invalid(field, e.Message); }
    }

    private static SubjectId? ParseSubject(InputCheck check, string? text)
    {
        if (text is null) return null;
        check.Require(SubjectId.TryParse(text, out var id), "subjectId", "The subject id is not a valid id.");
        return id;
    }

    private static async Task RequireUniqueReference(GovernanceDbContext db, string reference, CancellationToken ct)
    {
        if (await db.Reviews.AnyAsync(r => r.Reference == reference, ct))
            throw PartnershipError.Conflict($"A review with the reference {reference} already exists.");
    }

    /// <summary>The subject must exist; it is enrolled in Governance (idempotent) once every other check has passed.</summary>
    private static async Task EnrolSubject(IResolveFieldContext c, SubjectId subject)
    {
        var registry = c.Service<ISubjectRegistry>();
        if (!await registry.ExistsAsync(subject, c.CancellationToken)) throw PartnershipError.NotFound("subject", subject);
        await registry.EnrolAsync(subject, GovernanceModule.ModuleName, c.CancellationToken);
    }
}
