namespace Safeguarding.Governance.QualityAssurance;

/// <summary>An agency's grade in a multi-agency case audit.</summary>
public enum AuditGrade
{
    /// <summary>Practice was good.</summary>
    Good,
    /// <summary>Practice requires improvement.</summary>
    RequiresImprovement,
    /// <summary>Practice was inadequate.</summary>
    Inadequate,
}
