namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>What happened to one notice of a batch.</summary>
public enum IntakeOutcome
{
    /// <summary>Stored.</summary>
    Stored,
    /// <summary>Not stored again: a notice with its police reference is already stored (its id is given).</summary>
    Duplicate,
    /// <summary>Not stored: its problems say what to correct.</summary>
    Rejected,
}
