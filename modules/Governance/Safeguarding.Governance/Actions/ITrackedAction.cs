namespace Safeguarding.Governance.Actions;

/// <summary>An action the partnership follows to its due date: a body's action, or an action of a review's action plan.</summary>
public interface ITrackedAction
{
    Guid Id { get; }
    string Title { get; }
    DateOnly DueDate { get; }
    ActionStatus Status { get; }
}
