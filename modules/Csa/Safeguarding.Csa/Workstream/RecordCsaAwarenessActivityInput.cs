namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInput
{
    /// <summary>Financial year, e.g. "2024/25".</summary>
    public string? Year { get; set; }
    /// <summary>The activity's title.</summary>
    public string? Title { get; set; }
    /// <summary>Who the young people worked with, e.g. a college and a charity.</summary>
    public string? Partners { get; set; }
    /// <summary>What was done.</summary>
    public string? Summary { get; set; }
    /// <summary>How many young people it reached; optional.</summary>
    public int? YoungPeopleReached { get; set; }
}
