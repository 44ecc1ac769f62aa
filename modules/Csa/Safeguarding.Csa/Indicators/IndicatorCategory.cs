namespace Safeguarding.Csa.Indicators;

/// <summary>
/// A category of signs and indicators of child sexual abuse. The categories follow the headings of the CSA Centre's
/// signs and indicators template as names only: the template's descriptor text is not held (see docs/modules/csa.md).
/// Reference data, inserted by the module's migration.
/// </summary>
public sealed class IndicatorCategory
{
    /// <summary>The category's code, which recordCsaIndicator takes.</summary>
    public string Code { get; set; } = "";
    /// <summary>The category, in words.</summary>
    public string Label { get; set; } = "";
    public int Position { get; set; }

    public static readonly IReadOnlyList<IndicatorCategory> All =
    [
        new() { Code = "PHYSICAL", Label = "Physical signs", Position = 1 },
        new() { Code = "EMOTIONAL_BEHAVIOURAL", Label = "Emotional and behavioural signs", Position = 2 },
        new() { Code = "SEXUAL_BEHAVIOUR", Label = "Concerning sexual behaviour", Position = 3 },
        new() { Code = "CHILD_STATEMENTS", Label = "What the child has said", Position = 4 },
        new() { Code = "ABUSIVE_BEHAVIOUR", Label = "Indicators in an adult or young person", Position = 5 },
        new() { Code = "CIRCUMSTANCES", Label = "Family and environment", Position = 6 },
    ];
}
