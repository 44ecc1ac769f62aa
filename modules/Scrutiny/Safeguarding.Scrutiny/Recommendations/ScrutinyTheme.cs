namespace Safeguarding.Scrutiny.Recommendations;

/// <summary>The themes of the independent scrutineer's annual judgement.</summary>
public enum ScrutinyTheme { Leadership, RelevantAgencies, Participation, Learning, Priorities, EarlyHelp, QualityAssurance }
