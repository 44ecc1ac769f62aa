using Microsoft.FeatureManagement;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Platform;

/// <summary>
/// Feature definitions for the module flags: an administrator's override stored in the platform database wins;
/// otherwise the "FeatureManagement" configuration section; a discovered module with neither is on.
/// Overrides are cached briefly, so several host instances on one database agree within <see cref="CacheFor"/>.
/// </summary>
public sealed class ModuleFeatureDefinitionProvider(IServiceScopeFactory scopes, IConfiguration configuration, ModuleCatalog catalog, TimeProvider clock)
    : IFeatureDefinitionProvider
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);
    private readonly ConfigurationFeatureDefinitionProvider _configured = new(configuration);
    private volatile OverrideSnapshot? _snapshot;

    private sealed record OverrideSnapshot(IReadOnlyDictionary<string, ModuleSwitchOverride> Overrides, DateTimeOffset ReadAt);

    public async Task<FeatureDefinition?> GetFeatureDefinitionAsync(string featureName)
    {
        var overrides = await OverridesAsync();
        if (overrides.TryGetValue(featureName, out var set)) return Definition(featureName, set.Enabled);
        var configured = await _configured.GetFeatureDefinitionAsync(featureName);
        if (configured is not null) return configured;
        return catalog.Modules.Any(m => m.FeatureFlag == featureName) ? Definition(featureName, true) : null;
    }

    public async IAsyncEnumerable<FeatureDefinition> GetAllFeatureDefinitionsAsync()
    {
        foreach (var module in catalog.Modules)
            if (await GetFeatureDefinitionAsync(module.FeatureFlag) is { } d) yield return d;
    }

    /// <summary>When an administrator switched the flag off, if an administrator's override is what keeps it off (null when
    /// it is on, or off only by configuration).</summary>
    public async Task<DateTimeOffset?> SwitchedOffAtAsync(string featureName) =>
        (await OverridesAsync()).TryGetValue(featureName, out var set) && !set.Enabled ? set.ChangedAt : null;

    /// <summary>Forget the cached overrides (after this instance changes one).</summary>
    public void Invalidate() => _snapshot = null;

    private async Task<IReadOnlyDictionary<string, ModuleSwitchOverride>> OverridesAsync()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.ReadAt < CacheFor) return snapshot.Overrides;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var overrides = await db.SwitchOverrides.AsNoTracking().ToDictionaryAsync(o => o.Module, StringComparer.OrdinalIgnoreCase);
        _snapshot = new OverrideSnapshot(overrides, clock.GetUtcNow());
        return overrides;
    }

    private static FeatureDefinition Definition(string name, bool enabled) => new()
    {
        Name = name,
        EnabledFor = enabled ? [new FeatureFilterConfiguration { Name = "AlwaysOn" }] : [],
        Status = enabled ? FeatureStatus.Conditional : FeatureStatus.Disabled,
    };
}

/// <summary>Module switches: asked through Microsoft.FeatureManagement, changed by administrators, every change audited and told live (<see cref="ModuleSwitched"/>).</summary>
public sealed class ModuleSwitchboard(
    IFeatureManager features, ModuleFeatureDefinitionProvider definitions, PlatformDbContext db, IAuditLog audit, TimeProvider clock,
    ILiveUpdates live)
    : IModuleSwitch
{
    public Task<bool> IsEnabledAsync(string featureFlag, CancellationToken cancellationToken = default) => features.IsEnabledAsync(featureFlag);

    /// <inheritdoc cref="ModuleFeatureDefinitionProvider.SwitchedOffAtAsync"/>
    public Task<DateTimeOffset?> SwitchedOffAtAsync(string featureFlag) => definitions.SwitchedOffAtAsync(featureFlag);

    /// <summary>
    /// MODULE_DISABLED, saying since when, unless <paramref name="module"/> is switched on; <paramref name="evenWhenOn"/>
    /// adds what would still stop the caller once it is.
    /// </summary>
    public async Task EnsureOnAsync(PartnershipModule module, string? evenWhenOn, CancellationToken ct)
    {
        if (!await IsEnabledAsync(module.FeatureFlag, ct))
            throw new DomainException(ErrorCodes.ModuleDisabled, ModuleRefusal.SwitchedOff(module.Name, await SwitchedOffAtAsync(module.FeatureFlag), evenWhenOn));
    }

    /// <summary>Switches a module on or off for everyone. Switching off stops people's work, so it needs a reason, which is
    /// kept in the history; switching on may go without one.</summary>
    public async Task SetAsync(PartnershipModule module, bool enabled, string actor, string? reason, CancellationToken ct)
    {
        new InputCheck()
            .Require(enabled || !string.IsNullOrWhiteSpace(reason), "reason",
                $"Say why you are switching {module.Name} off. The reason is kept in the history of switches.")
            .ThrowIfInvalid();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var now = clock.GetUtcNow();
        var row = await db.SwitchOverrides.FirstOrDefaultAsync(o => o.Module == module.FeatureFlag, ct);
        if (row is null) db.SwitchOverrides.Add(row = new ModuleSwitchOverride { Module = module.FeatureFlag });
        row.Enabled = enabled;
        row.ChangedBy = actor;
        row.ChangedAt = now;
        db.Toggles.Add(new ModuleToggle { Module = module.Name, Enabled = enabled, ChangedBy = actor, ChangedAt = now, Reason = reason });
        await db.SaveChangesAsync(ct);
        definitions.Invalidate();
        live.Tell(new ModuleSwitched(module.Name, enabled, now));
        await audit.RecordAsync(new AuditEntry(actor, AuditActions.ModuleToggled, Module: module.Name,
            Detail: (enabled ? "Switched on" : "Switched off") + (reason is null ? "" : ": " + reason)), ct);
    }
}
