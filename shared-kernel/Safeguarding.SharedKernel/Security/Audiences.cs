namespace Safeguarding.SharedKernel.Security;

/// <summary>The combinations of <see cref="Access"/> that modules give their fields again and again, named once.</summary>
public static class Audiences
{
    /// <summary>
    /// The module's working group, and those who oversee the partnership: administrators and the independent
    /// scrutineer. For aggregates and records that hold no child's identity.
    /// </summary>
    public const Access WorkingGroupAndOversight = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    /// <summary>The module's working group and administrators: those who keep the module's reference data.</summary>
    public const Access WorkingGroupAndAdministrators = Access.WorkingGroupMember | Access.Administrator;
}
