namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInput
{
    /// <summary>Financial year, e.g. "2024/25".</summary>
    public string? Year { get; set; }
    public string? Title { get; set; }
    /// <summary>Who the young people worked with, e.g. a college and a charity.</summary>
    public string? Partners { get; set; }
    public string? Summary { get; set; }
    public int? YoungPeopleReached { get; set; }
}
