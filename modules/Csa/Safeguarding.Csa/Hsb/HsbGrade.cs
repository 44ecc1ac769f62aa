namespace Safeguarding.Csa.Hsb;

/// <summary>
/// The traffic-light grade of a child's sexual behaviour: GREEN (expected for the child's development), AMBER (a
/// concern), RED (harmful).
/// </summary>
public enum HsbGrade
{
    /// <summary>Behaviour expected for the child's age and development.</summary>
    Green,
    /// <summary>Problematic behaviour: outside what is expected, needing attention.</summary>
    Amber,
    /// <summary>Harmful behaviour: abusive, violent or coercive, needing an immediate response.</summary>
    Red,
}
