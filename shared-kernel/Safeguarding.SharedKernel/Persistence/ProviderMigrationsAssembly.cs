#pragma warning disable EF1001 // MigrationsAssembly is EF Core's own implementation; we narrow it, we do not change it.
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// A module keeps one set of migrations per provider in the same assembly, in namespaces ending
/// <c>.Migrations.Sqlite</c> and <c>.Migrations.PostgreSql</c>. EF Core would see both sets for the one DbContext;
/// this narrows what it sees to the active provider's set (migrations and model snapshot alike).
/// </summary>
public sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _segment;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options, IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger) : base(currentContext, options, idGenerator, logger)
    {
        _contextType = currentContext.Context.GetType();
        _segment = ".Migrations." + ModuleDatabase.ProviderOf(currentContext.Context);
    }

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotFound;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations.Where(m => InProviderNamespace(m.Value)).ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotFound) return _snapshot;
            var type = Assembly.DefinedTypes.Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
                .Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && InProviderNamespace(t))
                .FirstOrDefault(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);
            _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
            _snapshotFound = true;
            return _snapshot;
        }
    }

    private bool InProviderNamespace(TypeInfo type) => type.Namespace?.EndsWith(_segment, StringComparison.Ordinal) == true;
}
