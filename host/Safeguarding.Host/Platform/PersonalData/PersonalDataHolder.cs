namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// A database holding personal data, with its declared tables: each module's (from <see cref="PartnershipModule.PersonalData"/>)
/// and the platform's (the registry, access to children, sharing bases: <see cref="PlatformPersonalData"/>).
/// </summary>
public sealed record PersonalDataHolder(string Name, Type DbContextType, IReadOnlyList<PersonalTable> Tables, bool IsModule)
{
    /// <summary>Every holder: each module's database first (one with no table of its own still keeps events naming people), in the catalogue's order, then the platform's, which disposal clears last.</summary>
    public static IReadOnlyList<PersonalDataHolder> All(ModuleCatalog catalog) =>
    [
        .. catalog.Modules.Select(m => new PersonalDataHolder(m.Name, m.DbContextType, m.PersonalData, IsModule: true)),
        new PersonalDataHolder(PlatformPersonalData.HolderName, typeof(PlatformDbContext), PlatformPersonalData.Tables, IsModule: false),
    ];

    /// <summary>The holder's DbContext in <paramref name="services"/>' scope.</summary>
    public DbContext ContextIn(IServiceProvider services) => (DbContext)services.GetRequiredService(DbContextType);
}
