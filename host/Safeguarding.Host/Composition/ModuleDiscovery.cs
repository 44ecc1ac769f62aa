namespace Safeguarding.Host.Composition;

/// <summary>Finds every <see cref="PartnershipModule"/> in the application's Safeguarding.* assemblies by scanning (Scrutor).</summary>
public static class ModuleDiscovery
{
    public static IReadOnlyList<PartnershipModule> Discover()
    {
        var found = new ServiceCollection();
        found.Scan(scan => scan
            .FromApplicationDependencies(a => a.GetName().Name?.StartsWith("Safeguarding.", StringComparison.Ordinal) == true)
            .AddClasses(c => c.AssignableTo<PartnershipModule>())
            .As<PartnershipModule>()
            .WithSingletonLifetime());
        return found
            .Select(d => d.ImplementationType!)
            .Distinct()
            .Select(t => (PartnershipModule)Activator.CreateInstance(t)!)
            .ToList();
    }
}
