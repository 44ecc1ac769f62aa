namespace Safeguarding.Host.GraphQL;

/// <summary>The partnership's small-number rule as a client shows it.</summary>
/// <param name="Threshold">The smallest count of people shown: counts from 1 to one less are withheld.</param>
/// <param name="ZeroShown">Whether a count of none is shown (it is not disclosive, and the DfE and ONS publish it).</param>
/// <param name="Marker">What stands in a withheld figure's place in CSV and printed tables: "c", the DfE's and GSS's mark for confidential.</param>
/// <param name="SmallWords">What a count withheld by itself is, in words: "fewer than 5".</param>
/// <param name="Explanation">The legend for the marker.</param>
public sealed record SmallNumberRule(int Threshold, bool ZeroShown, string Marker, string SmallWords, string Explanation)
{
    public static SmallNumberRule Of(DisclosureControl rule) =>
        new(rule.Threshold, rule.ZeroShown, DisclosureControl.Marker, rule.SmallWords, rule.Explanation);
}
