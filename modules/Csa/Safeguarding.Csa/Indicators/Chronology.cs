namespace Safeguarding.Csa.Indicators;

/// <summary>A child's signs and indicators in the order observed, with the agencies involved and the flags raised.</summary>
public sealed record Chronology(Guid SubjectId, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<DiscussionFlag> Flags)
{
    public IReadOnlyList<string> Agencies => Indicators.Select(i => i.Indicator.SourceAgency)
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    public DiscussionFlag? OpenFlag => Flags.FirstOrDefault(f => f.IsOpen);
}
