namespace Safeguarding.Csa;

/// <summary>The subject registry as the module's records use it (the check that a child is registered is the kernel's <see cref="SubjectRegistryChecks"/>).</summary>
internal static class RegisteredChildren
{
    /// <summary>Records that the module now holds data about the child, so its working group may see who the child is.</summary>
    public static Task EnrolInCsaAsync(this ISubjectRegistry registry, Guid subjectId, CancellationToken ct) =>
        registry.EnrolAsync(new SubjectId(subjectId), CsaModule.ModuleName, ct);
}
