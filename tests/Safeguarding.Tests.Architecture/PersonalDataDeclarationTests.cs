using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata;
using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.PersonalData;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.PersonalData;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.Tests.Architecture;

/// <summary>
/// Every table keyed by a person's subject id is declared as personal data (<see cref="PartnershipModule.PersonalData"/>,
/// and the platform's <see cref="PlatformPersonalData"/>), so that retention, disposal and subject access, which read
/// only the declarations, reach it. A column keys a person when its name ends in "SubjectId" and it holds an id. Each
/// module's model is built the way the EF Core tools build it (its design-time factory), without a database.
/// </summary>
public sealed class PersonalDataDeclarationTests
{
    /// <summary>The rule, written once for the modules, the platform and the broken fixture: "Entity.Column" of each undeclared person key.</summary>
    public static IReadOnlyList<string> Undeclared(IModel model, IReadOnlyList<PersonalTable> declared) =>
        model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && !e.IsOwned())
            .SelectMany(e => e.GetProperties().Select(p => (Entity: e.ClrType, Column: p.Name, p.ClrType)))
            .Where(c => c.Column.EndsWith("SubjectId", StringComparison.Ordinal) && (c.ClrType == typeof(Guid) || c.ClrType == typeof(Guid?)))
            .Where(c => !declared.Any(t => t.Entity == c.Entity && t.PersonKey == c.Column))
            .Select(c => $"{c.Entity.Name}.{c.Column}")
            .ToList();

    /// <summary>Declarations naming an entity or a column the model does not have (a rename would otherwise leave a table behind).</summary>
    public static IReadOnlyList<string> Dangling(IModel model, IReadOnlyList<PersonalTable> declared) =>
        declared.Where(t => model.FindEntityType(t.Entity)?.FindProperty(t.PersonKey) is null)
            .Select(t => $"{t.Entity.Name}.{t.PersonKey}")
            .ToList();

    public static IEnumerable<object[]> Modules() =>
        Solution.Modules.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(PartnershipModule)) && !t.IsAbstract).Select(t => new object[] { t.Name });

    private static PartnershipModule Module(string name) =>
        (PartnershipModule)Activator.CreateInstance(Solution.Modules.SelectMany(a => a.GetTypes()).Single(t => t.Name == name))!;

    private static DbContext DesignTimeContext(PartnershipModule module)
    {
        var factoryType = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(module.DbContextType);
        var factory = module.GetType().Assembly.GetTypes().Single(t => !t.IsAbstract && factoryType.IsAssignableFrom(t));
        return (DbContext)factoryType.GetMethod("CreateDbContext")!.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_table_a_module_keys_by_a_subject_id_is_declared_as_personal_data(string moduleType)
    {
        var module = Module(moduleType);
        using var db = DesignTimeContext(module);
        Assert.Empty(Undeclared(db.Model, module.PersonalData));
        Assert.Empty(Dangling(db.Model, module.PersonalData));
    }

    [Fact]
    public void Every_table_of_the_platform_keyed_by_a_subject_id_is_declared_as_personal_data()
    {
        using var db = ModuleDesignTime.Create<PlatformDbContext>(PlatformDbContext.SchemaName, o => new PlatformDbContext(o));
        Assert.Empty(Undeclared(db.Model, PlatformPersonalData.Tables));
        Assert.Empty(Dangling(db.Model, PlatformPersonalData.Tables));
    }

    [Fact]
    public void The_rule_fails_for_a_table_keyed_by_a_subject_id_that_is_not_declared()
    {
        using var db = new Fixtures.UndeclaredNotesContext();
        Assert.Equal(["NoteAboutAChild.SubjectId"], Undeclared(db.Model, []));
        Assert.Empty(Undeclared(db.Model, [PersonalTable.Of<Fixtures.NoteAboutAChild>(x => x.SubjectId, Whose.Child, "Note about a child")]));
        Assert.Equal(["NoteAboutAChild.ChildId"], Dangling(db.Model, [new PersonalTable(typeof(Fixtures.NoteAboutAChild), "ChildId", Whose.Child, "Note")]));
    }
}
