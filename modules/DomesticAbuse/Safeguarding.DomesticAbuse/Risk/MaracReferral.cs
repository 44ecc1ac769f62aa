namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>A high-risk case referred to a Multi-Agency Risk Assessment Conference, with the actions agreed there.</summary>
public sealed class MaracReferral
{
    private readonly List<MaracAction> _actions = [];

    private MaracReferral() { }

    public Guid Id { get; private set; }
    /// <summary>The DASH assessment that made the referral.</summary>
    public Guid AssessmentId { get; private set; }
    /// <summary>The agency that referred it.</summary>
    public string ReferringAgency { get; private set; } = "";
    /// <summary>The UK day it was referred.</summary>
    public DateOnly ReferredOn { get; private set; }
    /// <summary>The UK day of the MARAC meeting the case goes to.</summary>
    public DateOnly MeetingOn { get; private set; }
    /// <summary>Why the case is high risk.</summary>
    public HighRiskBasis Basis { get; private set; }
    public IReadOnlyList<MaracAction> Actions => _actions;

    internal static MaracReferral Make(Guid assessmentId, string referringAgency, DateOnly referredOn, DateOnly meetingOn, HighRiskBasis basis) =>
        new() { Id = Guid.NewGuid(), AssessmentId = assessmentId, ReferringAgency = referringAgency, ReferredOn = referredOn, MeetingOn = meetingOn, Basis = basis };

    /// <summary>The problems with an action's text, found before the referral is looked up.</summary>
    public static InputCheck CheckAction(InputCheck check, string? action) => check.RequireText(action, "action", "The action", 1000);

    /// <summary>An action agreed at the meeting for one of the partnership's agencies; due on or after the meeting.</summary>
    public MaracAction AddAction(string agency, string? action, DateOnly dueOn)
    {
        CheckAction(new InputCheck(), action).ThrowIfInvalid();
        if (dueOn < MeetingOn) throw DomainException.Invalid("dueOn", $"The action cannot be due before the meeting ({MeetingOn:d MMMM yyyy}).");
        var added = MaracAction.For(Id, agency, action!.Trim(), dueOn);
        _actions.Add(added);
        return added;
    }
}
