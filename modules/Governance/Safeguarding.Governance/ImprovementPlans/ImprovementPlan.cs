namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>An improvement plan: outcomes, each with activities, each with milestones (due date, owner, completion, benefits).</summary>
public sealed class ImprovementPlan
{
    public const int MaxTitle = 300;
    /// <summary>A plan runs for at most this many years.</summary>
    public const int MaxYears = 5;

    private ImprovementPlan() { }

    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public Guid OwnerPartnerId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }

    /// <summary>
    /// A plan owned by <paramref name="ownerPartnerId"/> (a current partner, which the caller checks), ending after it
    /// starts and within five years. Problems join those already in <paramref name="check"/> and are reported together.
    /// </summary>
    public static ImprovementPlan Create(string? title, Guid ownerPartnerId, DateOnly startsOn, DateOnly endsOn, InputCheck check)
    {
        check.RequireText(title, "title", "The title", MaxTitle)
            .Require(endsOn > startsOn, "endsOn", "The plan must end after it starts.")
            .Require(endsOn <= startsOn.AddYears(MaxYears), "endsOn", "A plan runs for five years at most.")
            .ThrowIfInvalid();
        return new ImprovementPlan { Id = Guid.NewGuid(), Title = title!.Trim(), OwnerPartnerId = ownerPartnerId, StartsOn = startsOn, EndsOn = endsOn };
    }

    /// <summary>
    /// A milestone of one of this plan's activities, owned by a current partner (which the caller checks), due within the
    /// plan's dates.
    /// </summary>
    public PlanMilestone AddMilestone(Guid activityId, string? text, DateOnly dueDate, Guid ownerPartnerId, string? benefits)
    {
        PlanMilestone.CheckNew(new InputCheck(), text, benefits);
        if (dueDate < StartsOn || dueDate > EndsOn)
            throw DomainException.Invalid("dueDate", $"The due date must be within the plan ({StartsOn:d MMM yyyy} to {EndsOn:d MMM yyyy}).");
        return new PlanMilestone
        {
            Id = Guid.NewGuid(), ActivityId = activityId, Text = text!.Trim(), DueDate = dueDate, OwnerPartnerId = ownerPartnerId, Benefits = benefits?.Trim(),
        };
    }
}
