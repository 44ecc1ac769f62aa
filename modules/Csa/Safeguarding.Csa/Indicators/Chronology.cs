namespace Safeguarding.Csa.Indicators;

/// <summary>A child's signs and indicators in the order observed, with the agencies involved and the flags raised.</summary>
/// <param name="Flags">Every flag for a multi-agency discussion, open or discussed.</param>
/// <param name="Indicators">The indicators recorded about the child.</param>
public sealed record Chronology(Guid SubjectId, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<DiscussionFlag> Flags)
{
    /// <summary>The agencies that recorded indicators about the child.</summary>
    public IReadOnlyList<string> Agencies => Indicators.Select(i => i.Indicator.SourceAgency)
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    /// <summary>The flag awaiting a discussion; null when none.</summary>
    public DiscussionFlag? OpenFlag => Flags.FirstOrDefault(f => f.IsOpen);
}
