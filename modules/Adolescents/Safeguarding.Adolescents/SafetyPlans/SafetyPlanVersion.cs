namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>
/// One version of a young person's plan, as saved when the plan was started or reviewed: its risks, its actions, the
/// next review date, who saved it and when. A version is never changed afterwards, except that its actions are marked
/// done while it is the current one.
/// </summary>
public sealed class SafetyPlanVersion
{
    public const int MaxRisks = 20;
    public const int MaxActions = 30;

    private SafetyPlanVersion() { }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    /// <summary>1 for the plan as started, then one more for each review.</summary>
    public int Number { get; private set; }
    public DateOnly ReviewOn { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public string SavedBy { get; private set; } = "";
    public List<SafetyPlanRisk> Risks { get; private set; } = [];
    public List<SafetyPlanAction> Actions { get; private set; } = [];

    /// <summary>
    /// Checks what was given (review date and due dates from today to a year ahead; 1 to 20 risks and 1 to 30 actions,
    /// each described; owning agencies of the partnership) and makes the version. Problems join any the caller found
    /// while reading the input (<paramref name="check"/>), and all are reported at once.
    /// </summary>
    internal static SafetyPlanVersion Write(Guid planId, int number, SafetyPlanContent content, DateOnly today, DateTimeOffset now, string savedBy, InputCheck check)
    {
        var (risks, actions) = (content.Risks, content.Actions);
        check
            .Require(content.ReviewOn >= today, "reviewOn", $"The review date cannot be in the past (today is {today:d MMMM yyyy}).")
            .Require(content.ReviewOn <= today.AddYears(1), "reviewOn", "The review date must be within a year.")
            .Require(risks.Count is >= 1 and <= MaxRisks, "risks", $"Record between 1 and {MaxRisks} risks.")
            .Require(actions.Count is >= 1 and <= MaxActions, "actions", $"Record between 1 and {MaxActions} actions.");
        for (var i = 0; i < risks.Count && i < MaxRisks; i++) check.RequireText(risks[i].Description, $"risks[{i}].description", "The risk", 1000);
        for (var i = 0; i < actions.Count && i < MaxActions; i++)
        {
            var a = actions[i];
            check.RequireText(a.Action, $"actions[{i}].action", "The action", 1000)
                .RequireText(a.OwnerAgency, $"actions[{i}].ownerAgency", "The owning agency", 200)
                .Require(string.IsNullOrWhiteSpace(a.OwnerAgency) || content.Agencies.ContainsKey(a.OwnerAgency.Trim()), $"actions[{i}].ownerAgency",
                    $"\"{a.OwnerAgency?.Trim()}\" is not one of the partnership's agencies.")
                .Require(a.DueOn >= today, $"actions[{i}].dueOn", $"An action's due date cannot be in the past (today is {today:d MMMM yyyy}).")
                .Require(a.DueOn <= today.AddYears(1), $"actions[{i}].dueOn", "An action's due date must be within a year.");
        }
        check.ThrowIfInvalid();

        var version = new SafetyPlanVersion { Id = Guid.NewGuid(), PlanId = planId, Number = number, ReviewOn = content.ReviewOn, SavedAt = now, SavedBy = savedBy };
        version.Risks = risks.Select(r => SafetyPlanRisk.For(version.Id, r.Description!.Trim(), r.Level)).ToList();
        version.Actions = actions.Select(a => SafetyPlanAction.For(version.Id, a.Action!.Trim(), content.Agencies[a.OwnerAgency!.Trim()], a.DueOn)).ToList();
        return version.InReadingOrder();
    }

    /// <summary>The most serious risks first; actions by due date.</summary>
    public SafetyPlanVersion InReadingOrder()
    {
        Risks = Risks.OrderByDescending(r => r.Level).ThenBy(r => r.Description, StringComparer.Ordinal).ToList();
        Actions = Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Action, StringComparer.Ordinal).ToList();
        return this;
    }

    /// <summary>
    /// What this version changed from <paramref name="previous"/>, in words: the review date, each risk added, removed,
    /// raised or lowered, each action added, removed, given to another agency or moved. Risks and actions are matched by
    /// their text, without regard to case.
    /// </summary>
    public IReadOnlyList<string> ChangesSince(SafetyPlanVersion? previous)
    {
        if (previous is null)
            return [$"Plan started with {Count(Risks.Count, "risk")} and {Count(Actions.Count, "action")}; next review {ReviewOn:d MMMM yyyy}."];
        var changes = new List<string>();
        if (ReviewOn != previous.ReviewOn) changes.Add($"Next review moved from {previous.ReviewOn:d MMMM yyyy} to {ReviewOn:d MMMM yyyy}.");

        var before = previous.Risks.GroupBy(r => Key(r.Description)).ToDictionary(g => g.Key, g => g.First());
        var now = Risks.GroupBy(r => Key(r.Description)).ToDictionary(g => g.Key, g => g.First());
        foreach (var risk in Risks)
        {
            if (!before.TryGetValue(Key(risk.Description), out var was)) changes.Add($"Risk added: \"{risk.Description}\" ({Show(risk.Level)}).");
            else if (was.Level != risk.Level)
                changes.Add($"Risk \"{risk.Description}\" {(risk.Level > was.Level ? "raised" : "lowered")} from {Show(was.Level)} to {Show(risk.Level)}.");
        }
        changes.AddRange(previous.Risks.Where(r => !now.ContainsKey(Key(r.Description))).Select(r => $"Risk removed: \"{r.Description}\"."));

        var earlier = previous.Actions.GroupBy(a => Key(a.Action)).ToDictionary(g => g.Key, g => g.First());
        var current = Actions.GroupBy(a => Key(a.Action)).ToDictionary(g => g.Key, g => g.First());
        foreach (var action in Actions)
        {
            if (!earlier.TryGetValue(Key(action.Action), out var was))
            {
                changes.Add($"Action added: \"{action.Action}\" ({action.OwnerAgency}, due {action.DueOn:d MMMM yyyy}).");
                continue;
            }
            if (!string.Equals(was.OwnerAgency, action.OwnerAgency, StringComparison.OrdinalIgnoreCase))
                changes.Add($"Action \"{action.Action}\" now owned by {action.OwnerAgency} (was {was.OwnerAgency}).");
            if (was.DueOn != action.DueOn) changes.Add($"Action \"{action.Action}\" now due {action.DueOn:d MMMM yyyy} (was {was.DueOn:d MMMM yyyy}).");
        }
        changes.AddRange(previous.Actions.Where(a => !current.ContainsKey(Key(a.Action)))
            .Select(a => a.DoneOn is { } done ? $"Action removed: \"{a.Action}\" (done {done:d MMMM yyyy})." : $"Action removed: \"{a.Action}\" (not done)."));

        if (changes.Count == 0 || changes.All(c => c.StartsWith("Next review", StringComparison.Ordinal)))
            changes.Add("Risks and actions unchanged.");
        return changes;
    }

    private static string Key(string text) => text.Trim().ToUpperInvariant();
    private static string Show(RiskLevel level) => level.ToString().ToUpperInvariant();
    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
