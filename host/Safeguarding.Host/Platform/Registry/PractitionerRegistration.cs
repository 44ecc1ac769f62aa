using Safeguarding.Host.Platform.Identity;

namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// A practitioner registering a person in their working group's module: the module must exist and be switched on, and
/// the practitioner must belong to its working group; then the registry matches and records the person.
/// </summary>
public sealed class PractitionerRegistration(ModuleCatalog catalog, ModuleSwitchboard switches, SubjectRegistry registry)
{
    public async Task<SubjectRegistration> RegisterAsync(PersonIdentity identity, string moduleName, ClaimsPrincipal practitioner, CancellationToken ct)
    {
        var module = catalog.Find(moduleName) ?? throw DomainException.NotFound("module", moduleName);
        var notMember = practitioner.IsMemberOf(module.Name)
            ? null
            : $"You can record a child only in a working group you belong to; you are not in the {module.Name} group.";
        // A switched-off module says so first, and what would still stop a non-member once it is on.
        await switches.EnsureOnAsync(module, notMember is null ? null : "Even when it is on: " + char.ToLowerInvariant(notMember[0]) + notMember[1..], ct);
        if (notMember is not null) throw DomainException.Forbidden(notMember);
        return await registry.RegisterPersonAsync(identity, module.Name, practitioner.Actor(), ct);
    }
}
