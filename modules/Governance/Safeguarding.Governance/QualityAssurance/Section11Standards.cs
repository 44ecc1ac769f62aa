namespace Safeguarding.Governance.QualityAssurance;

/// <summary>
/// The standards an agency assesses itself against under section 11 of the Children Act 2004, as data: a code and a
/// short heading each. A self-assessment rates every standard once.
/// </summary>
public static class Section11Standards
{
    public static readonly IReadOnlyList<(string Code, string Heading)> All =
    [
        ("S11.1", "Senior management commitment to safeguarding"),
        ("S11.2", "A clear line of accountability for safeguarding"),
        ("S11.3", "Service development takes account of the need to safeguard children"),
        ("S11.4", "Staff training on safeguarding"),
        ("S11.5", "Safer recruitment"),
        ("S11.6", "Effective inter-agency working"),
        ("S11.7", "Information sharing"),
        ("S11.8", "Children's wishes and feelings are heard"),
    ];

    public static bool IsKnown(string? code) => All.Any(s => s.Code == code);
}
