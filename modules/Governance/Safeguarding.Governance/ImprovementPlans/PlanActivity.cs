namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>An activity towards a plan's outcome, numbered as the plan numbers it, with its milestones.</summary>
public sealed class PlanActivity
{
    public const int MaxOutcome = 2000;
    public const int MaxNumber = 20;
    public const int MaxText = 2000;
    public const int MaxSupport = 1000;

    private PlanActivity() { }

    public Guid Id { get; private set; }
    public Guid OutcomeId { get; private set; }
    /// <summary>e.g. "1.1".</summary>
    public string Number { get; private set; } = "";
    /// <summary>What will be done.</summary>
    public string Text { get; private set; } = "";
    /// <summary>Support required from other departments or partners.</summary>
    public string? Support { get; private set; }
    public List<PlanMilestone> Milestones { get; private set; } = [];

    /// <summary>
    /// The problems with an activity as asked, added to <paramref name="check"/> (which may hold the caller's, such as the
    /// plan's id) and reported together: the outcome it serves, its number and text, and any support it needs.
    /// </summary>
    public static void CheckNew(InputCheck check, string? outcome, string? number, string? text, string? support) =>
        check.RequireText(outcome, "outcome", "The outcome", MaxOutcome).RequireText(number, "number", "The number", MaxNumber)
            .RequireText(text, "text", "The activity", MaxText).OptionalText(support, "support", "The support", MaxSupport).ThrowIfInvalid();

    /// <summary>An activity serving <paramref name="outcome"/>, which the caller found or started in the plan by its text.</summary>
    public static PlanActivity Add(PlanOutcome outcome, string? number, string? text, string? support)
    {
        CheckNew(new InputCheck(), outcome.Text, number, text, support);
        return new PlanActivity { Id = Guid.NewGuid(), OutcomeId = outcome.Id, Number = number!.Trim(), Text = text!.Trim(), Support = support?.Trim() };
    }

    /// <summary>Milestones by due date, then text.</summary>
    internal void InPlanOrder() => Milestones = Milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Text, StringComparer.Ordinal).ToList();
}
