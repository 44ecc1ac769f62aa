namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>The themes of the independent scrutineer's annual judgement.</summary>
public enum ScrutinyTheme
{
    /// <summary>Leadership of the partnership.</summary>
    Leadership,
    /// <summary>The engagement of relevant agencies.</summary>
    RelevantAgencies,
    /// <summary>The voice and participation of children and families.</summary>
    Participation,
    /// <summary>Learning from reviews and practice.</summary>
    Learning,
    /// <summary>The partnership's priorities.</summary>
    Priorities,
    /// <summary>Early help.</summary>
    EarlyHelp,
    /// <summary>Quality assurance of practice.</summary>
    QualityAssurance,
}
