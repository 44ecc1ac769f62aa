namespace Safeguarding.Governance.CaseResolution;

/// <summary>The stages of the case resolution protocol, in order.</summary>
public enum EscalationStage
{
    /// <summary>Practitioner to practitioner.</summary>
    Practitioner,
    /// <summary>Between the practitioners' managers.</summary>
    Manager,
    /// <summary>Between senior managers of the agencies.</summary>
    SeniorManager,
    /// <summary>Referred to the partnership.</summary>
    Partnership,
}
