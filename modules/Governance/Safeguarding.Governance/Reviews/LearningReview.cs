using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Calendar;

namespace Safeguarding.Governance.Reviews;

public enum ReviewKind
{
    /// <summary>Opened by a serious incident notification; decided by the statutory partners within 15 working days.</summary>
    RapidReview,
    /// <summary>A local review where the criteria for a Child Safeguarding Practice Review are not met.</summary>
    LearningFromExperience,
}

/// <summary>What the statutory partners decide a Rapid Review leads to.</summary>
public enum ReviewOutcome
{
    /// <summary>A local Child Safeguarding Practice Review.</summary>
    Cspr,
    /// <summary>No CSPR: the criteria are not met (learning may still follow, e.g. a Learning from Experience review).</summary>
    NoCspr,
}

/// <summary>
/// A learning review. A Rapid Review is opened by a serious incident notification and must be decided within
/// <see cref="RapidReviewWorkingDays"/> working days of it; the decision needs every statutory partner to agree.
/// </summary>
public sealed class LearningReview
{
    public const int RapidReviewWorkingDays = 15;
    /// <summary>An undecided review with this many working days or fewer before its deadline is "at risk".</summary>
    public const int AtRiskWorkingDays = 3;

    public Guid Id { get; set; }
    public ReviewKind Kind { get; set; }
    /// <summary>A short reference, e.g. "RR 2024/03" (never a child's name).</summary>
    public string Reference { get; set; } = "";
    /// <summary>Rapid Reviews: the date of the serious incident notification. Learning from Experience: when it was commissioned.</summary>
    public DateOnly NotifiedOn { get; set; }
    /// <summary>The pseudonymous subject, if any; enrolled in Governance. Never published, never shown to the scrutineer.</summary>
    public Guid? SubjectId { get; set; }
    /// <summary>For a Learning from Experience review: the Rapid Review that decided a CSPR was not needed.</summary>
    public Guid? RapidReviewId { get; set; }
    public DateOnly DeadlineOn { get; set; }
    public ReviewOutcome? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public DateOnly? OverdueAnnouncedOn { get; set; }

    public List<ReviewAgreement> Agreements { get; set; } = [];
    public List<ReviewFinding> Findings { get; set; } = [];

    public bool IsDecided => DecidedOn is not null;
    public bool DecidedInTime => DecidedOn is { } d && d <= DeadlineOn;
    public bool IsOverdueOn(DateOnly today) => !IsDecided && DeadlineOn < today;

    /// <summary>Working days from <paramref name="today"/> to the deadline (negative once passed).</summary>
    public int WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today) => calendar.WorkingDaysBetween(today, DeadlineOn);

    /// <summary>Undecided and either overdue or with <see cref="AtRiskWorkingDays"/> working days or fewer left.</summary>
    public bool IsAtRiskOn(WorkingDayCalendar calendar, DateOnly today) => !IsDecided && WorkingDaysLeft(calendar, today) <= AtRiskWorkingDays;
}

/// <summary>One statutory partner's agreement to a Rapid Review's outcome. A partner may change it until the review is decided.</summary>
public sealed class ReviewAgreement
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid PartnerId { get; set; }
    public ReviewOutcome Outcome { get; set; }
    public DateOnly RecordedOn { get; set; }
}

/// <summary>A finding of a review under a theme (e.g. "professional curiosity", "accurate chronologies").</summary>
public sealed class ReviewFinding
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Theme { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>An action of a review's action plan: owned by a body, with a start and due date, status and evidence (as a PartnershipAction).</summary>
public sealed class ReviewAction : ICompletableAction
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Title { get; set; } = "";
    public Guid OwnerBodyId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly DueDate { get; set; }
    public ActionStatus Status { get; set; }
    public string? CompletionEvidence { get; set; }
    public DateOnly? CompletedOn { get; set; }

    public bool IsOverdueOn(DateOnly today) => Status != ActionStatus.Completed && DueDate < today;
}
