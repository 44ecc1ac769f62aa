namespace Safeguarding.SharedKernel.Security;

/// <summary>
/// Who an <see cref="Access"/> lets in, in words, for messages that tell a person who may use something. It reads the
/// same flags <see cref="CallerExtensions.Allows"/> checks, so a refusal cannot name a different audience from the one
/// the field really has.
/// </summary>
public static class AccessAudience
{
    /// <summary>
    /// "administrators", "the scrutineer and administrators", "members of the Neglect working group and the scrutineer",
    /// "practitioners", "the data protection officer", "everyone signed in". <paramref name="workingGroup"/> is the owning module's working group
    /// (null for a platform field, which no working group opens). Empty when nobody is let in.
    /// </summary>
    public static string Describe(Access access, string? workingGroup)
    {
        const Access everyone = Access.Administrator | Access.Scrutineer | Access.AnyPractitioner | Access.DataProtectionOfficer;
        if ((access & everyone) == everyone) return "everyone signed in";
        var who = new List<string>();
        if (access.HasFlag(Access.AnyPractitioner)) who.Add("practitioners");
        else if (access.HasFlag(Access.WorkingGroupMember) && workingGroup is not null) who.Add($"members of the {workingGroup} working group");
        if (access.HasFlag(Access.Scrutineer)) who.Add("the scrutineer");
        if (access.HasFlag(Access.Administrator)) who.Add("administrators");
        if (access.HasFlag(Access.DataProtectionOfficer)) who.Add("the data protection officer");
        return who.Count <= 1 ? who.FirstOrDefault() ?? "" : string.Join(", ", who[..^1]) + " and " + who[^1];
    }

    /// <summary>Whether anybody at all could be let in (a platform field open only to "working group members" opens to nobody).</summary>
    public static bool LetsAnyoneIn(Access access, string? workingGroup) => Describe(access, workingGroup).Length > 0;
}
