using System.ComponentModel.DataAnnotations;

namespace Safeguarding.SharedKernel.Disclosure;

/// <summary>
/// From configuration section <c>Disclosure</c>: how small a count of people the partnership withholds from its
/// aggregates (the scorecard, the annual report, the CSVs and every figure read outside the group holding the records).
/// Checked when the host starts, so a host with no usable rule does not run.
/// </summary>
public sealed class DisclosureOptions
{
    public const string Section = "Disclosure";

    /// <summary>
    /// The smallest count shown: counts from 1 to one less than this are withheld (5: counts of 1 to 4, as the DfE and
    /// ONS publish counts of children). At least 3, because with 2 the words "fewer than 2" would themselves say 1.
    /// </summary>
    [Range(3, 100)] public int Threshold { get; set; } = 5;

    /// <summary>Whether a true zero is shown. It is by default: nobody is identified by there being no one, and the DfE and ONS publish zeros.</summary>
    public bool ShowZero { get; set; } = true;
}
