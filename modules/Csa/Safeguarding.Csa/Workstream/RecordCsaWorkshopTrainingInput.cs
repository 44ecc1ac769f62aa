namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaWorkshopTrainingInput
{
    public string? Year { get; set; }
    public string? Workshop { get; set; }
    public int Sessions { get; set; }
    public int Attendees { get; set; }
}
