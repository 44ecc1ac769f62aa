namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>Outcomes recorded on facts.</summary>
public static class Outcomes
{
    public const string OnTime = "ON_TIME";
    public const string Late = "LATE";
    public const string Overdue = "OVERDUE";
    public const string Statutory = "STATUTORY";
    public const string Grant = "GRANT";
    public const string Contribution = "CONTRIBUTION";
}
