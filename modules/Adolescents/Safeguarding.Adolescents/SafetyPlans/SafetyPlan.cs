namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>
/// A young person's Adolescent Safety Framework (ASF) plan: one per young person, kept as numbered versions. Starting
/// the plan writes version 1; each review writes the next version and makes it current. No version is ever replaced or
/// deleted, so the plan reads back as its whole history.
/// </summary>
public sealed class SafetyPlan
{
    private SafetyPlan() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    /// <summary>The number of the version in force.</summary>
    public int CurrentVersion { get; private set; }
    /// <summary>The versions loaded with the plan (all of them when read back; none when only reviewed).</summary>
    public List<SafetyPlanVersion> Versions { get; private set; } = [];

    /// <summary>The version in force; the plan must have been read with its versions.</summary>
    public SafetyPlanVersion Current => Versions.FirstOrDefault(v => v.Number == CurrentVersion)
        ?? throw new InvalidOperationException($"Plan {Id} was read without its current version {CurrentVersion}.");

    /// <summary>A new plan: version 1. Problems join those already in <paramref name="check"/> and are reported together.</summary>
    public static SafetyPlan Start(Guid subjectId, SafetyPlanContent content, DateOnly today, DateTimeOffset now, string savedBy, InputCheck check)
    {
        var plan = new SafetyPlan { Id = Guid.NewGuid(), SubjectId = subjectId, StartedAt = now, CurrentVersion = 1 };
        plan.Versions.Add(SafetyPlanVersion.Write(plan.Id, 1, content, today, now, savedBy, check));
        return plan;
    }

    /// <summary>A review: the next version, which becomes the plan in force. The earlier versions stay as they were.</summary>
    public SafetyPlanVersion Review(SafetyPlanContent content, DateOnly today, DateTimeOffset now, string savedBy, InputCheck check)
    {
        var version = SafetyPlanVersion.Write(Id, CurrentVersion + 1, content, today, now, savedBy, check);
        CurrentVersion = version.Number;
        Versions.Add(version);
        return version;
    }

    /// <summary>
    /// Marks an action of the plan done today. Only the current version's actions can be done: an earlier version is a
    /// record of the plan as it stood, and a review that kept the action carries it into the current version.
    /// </summary>
    public void CompleteAction(SafetyPlanVersion version, SafetyPlanAction action, DateOnly today)
    {
        if (version.Number != CurrentVersion)
            throw DomainException.Conflict($"This action belongs to version {version.Number} of the plan, which a review has replaced " +
                                           $"(the plan is at version {CurrentVersion}); record it against the current plan.");
        action.Complete(today);
    }

    /// <summary>Each version with the one before it, newest first: the plan's history.</summary>
    public IReadOnlyList<SafetyPlanRevision> History()
    {
        var ordered = Versions.OrderBy(v => v.Number).ToList();
        return ordered.Select((v, i) => new SafetyPlanRevision(v, i == 0 ? null : ordered[i - 1], v.Number == CurrentVersion))
            .Reverse().ToList();
    }
}
