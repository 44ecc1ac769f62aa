using System.Security.Claims;
using Microsoft.Extensions.Options;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.SharedKernel.Disclosure;

/// <summary>
/// The partnership's small-number rule (<see cref="DisclosureOptions"/>) and who it applies to. Whatever the partnership
/// publishes - the scorecard, the annual report, their CSVs - is always <see cref="Published"/>. A module's own figures
/// are exact for the people who hold its records (the members of its working group, who see every child in them) and
/// published for everyone else: the scrutineer, administrators, other practitioners.
/// </summary>
public sealed class SmallNumbers(IOptions<DisclosureOptions> options)
{
    /// <summary>The rule as configured: what everyone outside the records' holders reads.</summary>
    public DisclosureControl Published { get; } = new(options.Value);

    /// <summary>
    /// The rule for <paramref name="reader"/> reading a figure of <paramref name="module"/>: exact when <paramref name="holders"/>
    /// lets them in (by default the module's working group), published otherwise.
    /// </summary>
    public DisclosureControl For(ClaimsPrincipal? reader, string? module, Access holders = Access.WorkingGroupMember) =>
        reader is not null && reader.Allows(holders, module) ? DisclosureControl.Exact : Published;
}
