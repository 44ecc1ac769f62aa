using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The words of a refusal at the gate. Who a field is open to is read from its access metadata and its module's working
/// group, never written by hand, so the message names exactly the people the gate lets in. A switched-off module's
/// message says it is switched off (by whom, since when, if known) and whether the caller could use the field once it
/// is on, so nobody waits for a module to come back that would still refuse them.
/// </summary>
public static class ModuleRefusal
{
    /// <summary>FORBIDDEN: "You do not have access to addPartner. It is open to administrators."</summary>
    public static string NotOpenToYou(string field, Access access, string? workingGroup) =>
        $"You do not have access to {field}. It is open to {AccessAudience.Describe(access, workingGroup)}.";

    /// <summary>MODULE_DISABLED. <paramref name="switchedOffAt"/> is when an administrator switched it off (null when it is
    /// off in the host's configuration); <paramref name="refusedWhenOn"/> says why the caller would still be refused once it
    /// is on (null when they would not be).</summary>
    public static string SwitchedOff(string module, DateTimeOffset? switchedOffAt, string? refusedWhenOn)
    {
        var off = switchedOffAt is { } at
            ? $"The {module} module is switched off: an administrator switched it off at {UkTime.Show(at)}."
            : $"The {module} module is switched off in the host's configuration.";
        return off + " " + (refusedWhenOn ?? "An administrator can switch it on again.");
    }

    /// <summary>The second half of a switched-off module's message for a caller the field is not open to.</summary>
    public static string NotOpenToYouWhenOn(string field, Access access, string? workingGroup) =>
        $"Even when it is on, {field} is open only to {AccessAudience.Describe(access, workingGroup)}, which does not include you.";
}
