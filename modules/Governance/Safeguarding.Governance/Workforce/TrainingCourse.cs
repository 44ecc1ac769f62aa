namespace Safeguarding.Governance.Workforce;

/// <summary>A course the partnership runs, known by its title (unique); a session of a new title starts a new course.</summary>
public sealed class TrainingCourse
{
    public const int MaxTitle = 300;

    public Guid Id { get; init; }
    public string Title { get; init; } = "";

    /// <summary>A new course with the title a session named (checked with the session).</summary>
    internal static TrainingCourse Titled(string title) => new() { Id = Guid.NewGuid(), Title = title.Trim() };
}
