using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Partners;

namespace Safeguarding.Governance.Reviews;

/// <summary>
/// A learning review. A Rapid Review is opened by a serious incident notification and must be decided within
/// <see cref="RapidReviewWorkingDays"/> working days of it; the decision needs every statutory partner to agree.
/// </summary>
public sealed class LearningReview : IAnnouncedOverdue<LearningReviewBecameOverdue>
{
    public const int RapidReviewWorkingDays = 15;
    /// <summary>An undecided review with this many working days or fewer before its deadline is "at risk".</summary>
    public const int AtRiskWorkingDays = 3;
    public const int MaxReferenceLength = 100;
    /// <summary>A Learning from Experience review is planned to finish within this many years of being commissioned.</summary>
    public const int MaxYearsToComplete = 2;

    private LearningReview() { }

    public Guid Id { get; private set; }
    /// <summary>Rapid Review or Learning from Experience review.</summary>
    public ReviewKind Kind { get; private set; }
    /// <summary>A short reference, e.g. "RR 2024/03" (never a child's name).</summary>
    public string Reference { get; private set; } = "";
    /// <summary>Rapid Reviews: the date of the serious incident notification. Learning from Experience: when it was commissioned.</summary>
    public DateOnly NotifiedOn { get; private set; }
    /// <summary>The pseudonymous subject, if any; enrolled in Governance. Never published, never shown to the scrutineer.</summary>
    public Guid? SubjectId { get; private set; }
    /// <summary>For a Learning from Experience review: the Rapid Review that decided a CSPR was not needed.</summary>
    public Guid? RapidReviewId { get; private set; }
    /// <summary>Rapid Review: 15 working days after the notification. Learning from Experience: the planned completion.</summary>
    public DateOnly DeadlineOn { get; private set; }
    /// <summary>The decided outcome; null while undecided.</summary>
    public ReviewOutcome? Outcome { get; private set; }
    /// <summary>The UK day the outcome was decided; null while undecided.</summary>
    public DateOnly? DecidedOn { get; private set; }
    public DateOnly? OverdueAnnouncedOn { get; private set; }

    /// <summary>Each statutory partner's agreement on the outcome, as recorded.</summary>
    public List<ReviewAgreement> Agreements { get; private set; } = [];
    /// <summary>What the review found, under its themes.</summary>
    public List<ReviewFinding> Findings { get; private set; } = [];

    public bool IsDecided => DecidedOn is not null;
    public bool DecidedInTime => DecidedOn is { } d && d <= DeadlineOn;

    /// <summary>Undecided past its deadline. Only a Rapid Review has a statutory deadline; a Learning from Experience review is never overdue.</summary>
    public bool IsOverdueOn(DateOnly today) => Kind == ReviewKind.RapidReview && !IsDecided && DeadlineOn < today;

    /// <summary>Working days from <paramref name="today"/> to the deadline (negative once passed).</summary>
    public int WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today) => calendar.WorkingDaysBetween(today, DeadlineOn);

    /// <summary>As <see cref="WorkingDaysLeft"/>, or null when today or the deadline is outside the working-day calendar.</summary>
    public int? WorkingDaysLeftOn(WorkingDayCalendar calendar, DateOnly today) =>
        WorkingDayCalendar.Covers(today) && WorkingDayCalendar.Covers(DeadlineOn) ? WorkingDaysLeft(calendar, today) : null;

    /// <summary>Undecided and either overdue or with <see cref="AtRiskWorkingDays"/> working days or fewer left.</summary>
    public bool IsAtRiskOn(WorkingDayCalendar calendar, DateOnly today) => !IsDecided && WorkingDaysLeft(calendar, today) <= AtRiskWorkingDays;

    /// <summary>The message for a date outside the working-day calendar, which counts the deadlines.</summary>
    public static string OutsideCalendar(string what) =>
        $"{what} must be within the working-day calendar ({BankHolidays.FirstYear} to {BankHolidays.LastYear}).";

    /// <summary>
    /// A Rapid Review of a serious incident notification, due <see cref="RapidReviewWorkingDays"/> working days after it.
    /// Problems are added to <paramref name="check"/> with any the caller found while reading the input (the subject id),
    /// and reported together.
    /// </summary>
    public static LearningReview OpenRapidReview(string? reference, DateOnly notifiedOn, Guid? subjectId, WorkingDayCalendar calendar, DateOnly today, InputCheck check)
    {
        check.RequireText(reference, "reference", "The review's reference", MaxReferenceLength)
            .Require(notifiedOn <= today, "notifiedOn", "A notification cannot be dated in the future.")
            .Require(WorkingDayCalendar.Covers(notifiedOn), "notifiedOn", OutsideCalendar("The notification date"))
            .ThrowIfInvalid();
        DateOnly deadline;
        try { deadline = calendar.AddWorkingDays(notifiedOn, RapidReviewWorkingDays); }
        catch (CalendarOutOfRangeException e) { throw DomainException.Invalid("notifiedOn", e.Message); }
        return new LearningReview
        {
            Id = Guid.NewGuid(), Kind = ReviewKind.RapidReview, Reference = reference!.Trim(), NotifiedOn = notifiedOn,
            SubjectId = subjectId, DeadlineOn = deadline,
        };
    }

    /// <summary>
    /// A Learning from Experience review, commissioned by today and planned to finish within two years. Problems are
    /// added to <paramref name="check"/> with any the caller found, and reported together. A Rapid Review it follows
    /// must have decided no CSPR (<see cref="RequireNoCsprDecided"/>).
    /// </summary>
    public static LearningReview OpenLearningFromExperience(string? reference, DateOnly commissionedOn, DateOnly dueDate, Guid? rapidReviewId, Guid? subjectId,
        DateOnly today, InputCheck check)
    {
        check.RequireText(reference, "reference", "The review's reference", MaxReferenceLength)
            .Require(commissionedOn <= today, "commissionedOn", "A review cannot be commissioned on a future date.")
            .Require(dueDate >= commissionedOn, "dueDate", "The due date cannot be before the review was commissioned.")
            .Require(dueDate <= commissionedOn.AddYears(MaxYearsToComplete), "dueDate", "The due date must be within two years of commissioning.")
            .ThrowIfInvalid();
        return new LearningReview
        {
            Id = Guid.NewGuid(), Kind = ReviewKind.LearningFromExperience, Reference = reference!.Trim(), NotifiedOn = commissionedOn,
            SubjectId = subjectId, RapidReviewId = rapidReviewId, DeadlineOn = dueDate,
        };
    }

    /// <summary>The event that announces the review, published in the same save as the review.</summary>
    public LearningReviewOpened Opened() => new(Id, Kind.ToString(), NotifiedOn, DeadlineOn);

    /// <summary>A Learning from Experience review follows this Rapid Review only once it was decided: no CSPR.</summary>
    public void RequireNoCsprDecided()
    {
        if (Outcome != ReviewOutcome.NoCspr)
            throw DomainException.Conflict("A Learning from Experience review follows a Rapid Review only once its statutory partners have decided no CSPR is needed.");
    }

    /// <summary>
    /// Records <paramref name="partner"/>'s agreement to an outcome, or changes the one it gave (<paramref name="earlier"/>):
    /// a current statutory partner, on an undecided Rapid Review. Returns the agreement as it now stands; it is new
    /// (to be stored) when there was no earlier one.
    /// </summary>
    public ReviewAgreement RecordAgreement(Partner partner, ReviewOutcome outcome, ReviewAgreement? earlier, DateOnly today)
    {
        partner.RequireCurrent("partnerId");
        if (partner.Kind != PartnerKind.StatutoryPartner)
            throw DomainException.Invalid("partnerId", $"{partner.Name} is not a statutory partner; only statutory partners agree a Rapid Review's outcome.");
        RequireUndecidedRapidReview();
        if (earlier is null) return ReviewAgreement.Record(Id, partner.Id, outcome, today);
        earlier.Change(outcome, today);
        return earlier;
    }

    /// <summary>
    /// Decides the review's outcome on <paramref name="decidedOn"/>: an undecided Rapid Review, not before its
    /// notification, and only when every current statutory partner (<paramref name="statutoryPartners"/>) is among those
    /// that agreed this outcome (<paramref name="agreedBy"/>).
    /// </summary>
    public LearningReviewDecided Decide(ReviewOutcome outcome, DateOnly decidedOn, IReadOnlyList<Partner> statutoryPartners, IReadOnlyCollection<Guid> agreedBy)
    {
        RequireUndecidedRapidReview();
        if (decidedOn < NotifiedOn) throw DomainException.Invalid("decidedOn", "A decision cannot come before the notification.");
        var missing = statutoryPartners.Where(p => !agreedBy.Contains(p.Id)).Select(p => p.Name).ToList();
        if (statutoryPartners.Count == 0 || missing.Count > 0)
            throw DomainException.Conflict(
                $"A Rapid Review is decided only when all {statutoryPartners.Count} statutory partners agree the same outcome; " +
                $"{agreedBy.Count} agree {OutcomeName(outcome)}. Not yet agreed: {string.Join(", ", missing)}.");
        Outcome = outcome;
        DecidedOn = decidedOn;
        return new LearningReviewDecided(Id, outcome.ToString(), NotifiedOn, DeadlineOn, decidedOn);
    }

    /// <summary>Takes <paramref name="action"/> into the review's action plan: it may not start before the review was opened.</summary>
    public void AcceptAction(ReviewAction action)
    {
        if (action.StartsOn < NotifiedOn) throw DomainException.Invalid("startsOn", "An action cannot start before its review was opened.");
    }

    /// <summary>Marks the review announced overdue on the UK day of <paramref name="now"/>; announced once, by the overdue sweep.</summary>
    public LearningReviewBecameOverdue AnnounceOverdue(DateTimeOffset now)
    {
        OverdueAnnouncedOn = UkTime.DateOf(now);
        return new LearningReviewBecameOverdue(Id, NotifiedOn, DeadlineOn);
    }

    private void RequireUndecidedRapidReview()
    {
        if (Kind != ReviewKind.RapidReview) throw DomainException.Conflict("Only a Rapid Review is decided by the statutory partners.");
        if (IsDecided) throw DomainException.Conflict($"This Rapid Review was already decided on {DecidedOn:d MMMM yyyy}.");
    }

    private static string OutcomeName(ReviewOutcome outcome) => outcome == ReviewOutcome.Cspr ? "CSPR" : "NO_CSPR";
}
