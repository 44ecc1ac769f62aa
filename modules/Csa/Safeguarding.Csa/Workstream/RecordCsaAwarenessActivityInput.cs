namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInput
{
    public string? Year { get; set; }
    public string? Title { get; set; }
    public string? Partners { get; set; }
    public string? Summary { get; set; }
    public int? YoungPeopleReached { get; set; }
}
