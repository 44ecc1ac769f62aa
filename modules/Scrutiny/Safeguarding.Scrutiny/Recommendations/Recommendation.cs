using Safeguarding.Scrutiny.Contracts;
using Safeguarding.Scrutiny.Measures;

namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>
/// One item of the scrutineer's judgement for a year, tracked to closure: an owner, their response, and the evidence that
/// closed it. It is open until its owner responds, in progress from then, and closed only on a response; a closed one
/// changes no further until it is reopened. Each change of status is kept as a <see cref="RecommendationChange"/> and
/// announced with <see cref="ScrutinyRecommendationStatusChanged"/>.
/// </summary>
public sealed class Recommendation
{
    public const int MaxTextLength = 2000;
    public const int MaxNoteLength = 4000;
    public const int MaxOwnerLength = 200;

    private Recommendation() { }

    public Guid Id { get; private set; }
    /// <summary>The financial year of the judgement, e.g. 2023/24.</summary>
    public string Year { get; private set; } = "";
    /// <summary>The theme of the scrutineer's judgement it belongs to.</summary>
    public ScrutinyTheme Theme { get; private set; }
    /// <summary>Whether it is a recommendation, an area to monitor or a strength.</summary>
    public RecommendationKind Kind { get; private set; }
    /// <summary>The scrutineer's words.</summary>
    public string Text { get; private set; } = "";
    /// <summary>What the scrutineer found that led to it.</summary>
    public string? Finding { get; private set; }
    /// <summary>The body or agency that owns the response.</summary>
    public string? Owner { get; private set; }
    /// <summary>The UK day the response is due; null when none was set.</summary>
    public DateOnly? DueOn { get; private set; }
    /// <summary>The owner's response; null until given.</summary>
    public string? Response { get; private set; }
    /// <summary>Where it stands.</summary>
    public RecommendationStatus Status { get; private set; }
    /// <summary>The evidence that it was met; null while open.</summary>
    public string? ClosureEvidence { get; private set; }
    /// <summary>The UK day it was closed; null while open.</summary>
    public DateOnly? ClosedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>An item of the scrutineer's judgement for a financial year ("2024/25" or "2024-25"), open.</summary>
    public static Recommendation Record(string? year, ScrutinyTheme theme, RecommendationKind kind, string? text, string? finding, DateTimeOffset at)
    {
        new InputCheck()
            .Require(YearText.TryParse(year, out _), "year", "The year must look like 2024/25.")
            .RequireText(text, "text", "The recommendation", MaxTextLength)
            .OptionalText(finding, "finding", "The finding", MaxNoteLength)
            .ThrowIfInvalid();
        return new Recommendation
        {
            Id = Guid.NewGuid(), Year = YearText.Normalise(year!), Theme = theme, Kind = kind, Text = text!.Trim(),
            Finding = string.IsNullOrWhiteSpace(finding) ? null : finding.Trim(), Status = RecommendationStatus.Open, RecordedAt = at,
        };
    }

    /// <summary>The owner and due date given, checked before the recommendation is looked up (so a wrong input is reported first).</summary>
    public static InputCheck CheckOwner(InputCheck check, string? owner, DateOnly? dueOn, DateOnly today) =>
        check.RequireText(owner, "owner", "The owner", MaxOwnerLength)
            .Require(dueOn is null || dueOn >= today, "dueOn", $"The due date cannot be in the past (today is {today:d MMMM yyyy}).")
            .Require(dueOn is null || dueOn <= today.AddYears(3), "dueOn", "The due date must be within three years.");

    /// <summary>The owner's response, checked with the id before the recommendation is looked up.</summary>
    public static InputCheck CheckResponse(InputCheck check, string? response) => check.RequireText(response, "response", "The response", MaxNoteLength);

    /// <summary>The evidence that closes it, checked with the id before the recommendation is looked up.</summary>
    public static InputCheck CheckEvidence(InputCheck check, string? evidence) => check.RequireText(evidence, "evidence", "The evidence", MaxNoteLength);

    /// <summary>The reason to reopen it, checked with the id before the recommendation is looked up.</summary>
    public static InputCheck CheckReason(InputCheck check, string? reason) => check.RequireText(reason, "reason", "The reason", MaxNoteLength);

    /// <summary>Names the body or agency that owns the response, and when it is due (within three years, not in the past).</summary>
    public void AssignOwner(string? owner, DateOnly? dueOn, DateOnly today)
    {
        CheckOwner(new InputCheck(), owner, dueOn, today).ThrowIfInvalid();
        RequireNotClosed();
        Owner = owner!.Trim();
        DueOn = dueOn;
    }

    /// <summary>The owner's response: an open recommendation becomes in progress. There must be an owner to respond.</summary>
    public RecommendationChange Respond(string? response, string actor, DateTimeOffset at)
    {
        CheckResponse(new InputCheck(), response).ThrowIfInvalid();
        RequireNotClosed();
        if (Owner is null) throw DomainException.Conflict("Name the recommendation's owner before recording their response.");
        Response = response!.Trim();
        return ChangeStatus(RecommendationStatus.InProgress, actor, at, "Response recorded");
    }

    /// <summary>Closed on <paramref name="today"/> with the evidence that it was met; only on the owner's response.</summary>
    public RecommendationChange Close(string? evidence, string actor, DateTimeOffset at, DateOnly today)
    {
        CheckEvidence(new InputCheck(), evidence).ThrowIfInvalid();
        RequireNotClosed();
        if (Response is null) throw DomainException.Conflict("A recommendation is closed on its owner's response; record the response first.");
        ClosureEvidence = evidence!.Trim();
        ClosedOn = today;
        return ChangeStatus(RecommendationStatus.Closed, actor, at, ClosureEvidence);
    }

    /// <summary>A closed recommendation is in progress again, for the reason given; its closure is forgotten.</summary>
    public RecommendationChange Reopen(string? reason, string actor, DateTimeOffset at)
    {
        CheckReason(new InputCheck(), reason).ThrowIfInvalid();
        if (Status != RecommendationStatus.Closed) throw DomainException.Conflict("Only a closed recommendation can be reopened.");
        ClosedOn = null;
        ClosureEvidence = null;
        return ChangeStatus(RecommendationStatus.InProgress, actor, at, reason!.Trim());
    }

    /// <summary>What other modules are told of a change of status.</summary>
    public ScrutinyRecommendationStatusChanged Announce(RecommendationChange change) =>
        new(Id, Year, ApiCode.Of(Theme), ApiCode.Of(change.FromStatus), ApiCode.Of(change.ToStatus), Owner);

    /// <summary>A closed recommendation changes no further until it is reopened.</summary>
    public void RequireNotClosed()
    {
        if (Status == RecommendationStatus.Closed) throw DomainException.Conflict($"This recommendation was closed on {ClosedOn:d MMMM yyyy}; reopen it first.");
    }

    private RecommendationChange ChangeStatus(RecommendationStatus to, string actor, DateTimeOffset at, string? note)
    {
        var change = RecommendationChange.Of(Id, Status, to, actor, at, note);
        Status = to;
        return change;
    }
}
