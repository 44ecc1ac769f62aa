using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Platform;

/// <summary>
/// What an administrator does to the event bus once a fault is fixed: puts a module's parked deliveries back in line,
/// or rebuilds a module from the event history. Each names the module, refuses what cannot be done, and is audited.
/// </summary>
public sealed class EventBusAdministration(ModuleCatalog catalog, ModuleSwitchboard switches, IntegrationEventBus bus, IAuditLog audit)
{
    /// <summary>Puts the module's parked deliveries (those that failed every retry) back in line; how many.</summary>
    public async Task<int> RetryParkedAsync(string moduleName, string actor, CancellationToken ct)
    {
        var module = catalog.Named(moduleName);
        var count = await bus.RetryParkedAsync(module, ct);
        await audit.RecordAsync(new AuditEntry(actor, AuditActions.EventsRetried, Module: module.Name, Detail: $"{count} parked deliveries put back in line"), ct);
        return count;
    }

    /// <summary>
    /// Hands the module every stored event it handles again, once, after clearing what it derives from them. Only a
    /// module that handles events and is switched on (a switched-off module's events wait, as in delivery).
    /// </summary>
    public async Task<EventReplay> ReplayAsync(string moduleName, string actor, CancellationToken ct)
    {
        var module = catalog.Named(moduleName);
        if (module.EventHandlerTypes.Count == 0) throw DomainException.Conflict($"The {module.Name} module handles no events, so there is nothing to replay to it.");
        await switches.EnsureOnAsync(module, null, ct);
        var replay = await bus.ReplayAsync(module, ct);
        await audit.RecordAsync(new AuditEntry(actor, AuditActions.EventsReplayed, Module: module.Name, Detail: replay.Describe()), ct);
        return replay;
    }
}
