namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaWorkshopTrainingInput
{
    /// <summary>Financial year, e.g. "2024/25".</summary>
    public string? Year { get; set; }
    /// <summary>The workshop, e.g. "Introduction to child sexual abuse".</summary>
    public string? Workshop { get; set; }
    /// <summary>Sessions held.</summary>
    public int Sessions { get; set; }
    /// <summary>People who attended.</summary>
    public int Attendees { get; set; }
}
