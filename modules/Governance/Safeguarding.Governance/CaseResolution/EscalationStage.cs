namespace Safeguarding.Governance.CaseResolution;

/// <summary>The stages of the case resolution protocol, in order.</summary>
public enum EscalationStage { Practitioner, Manager, SeniorManager, Partnership }
