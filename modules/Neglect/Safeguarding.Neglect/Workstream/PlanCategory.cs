namespace Safeguarding.Neglect.Workstream;

/// <summary>The category of abuse a child protection plan is under.</summary>
public enum PlanCategory
{
    /// <summary>Neglect.</summary>
    Neglect,
    /// <summary>Physical abuse.</summary>
    Physical,
    /// <summary>Sexual abuse.</summary>
    Sexual,
    /// <summary>Emotional abuse.</summary>
    Emotional,
    /// <summary>More than one category.</summary>
    Multiple,
}
