namespace Safeguarding.Adolescents.Intelligence;

/// <summary>What every piece of intelligence says: about whom, from which agency, and which adults and places it links to.</summary>
public abstract class IntakeInput
{
    public string? SubjectId { get; set; }
    public string? ReportingAgency { get; set; }
    public List<string>? AdultOfConcernIds { get; set; }
    public List<string>? LocationIds { get; set; }
}
