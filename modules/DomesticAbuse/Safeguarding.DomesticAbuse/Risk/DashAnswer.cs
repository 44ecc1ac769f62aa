namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>An answer to a question of the DASH risk checklist.</summary>
public enum DashAnswer
{
    /// <summary>Yes: counts towards the high-risk threshold.</summary>
    Yes,
    /// <summary>No.</summary>
    No,
    /// <summary>Not known: the victim did not say, or was not asked.</summary>
    NotKnown,
}
