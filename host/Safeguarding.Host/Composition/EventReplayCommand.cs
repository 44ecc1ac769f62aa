using Safeguarding.Host.GraphQL;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Composition;

/// <summary>
/// <c>replay-events --module &lt;name&gt;</c>: prepares the databases as start-up does, replays the kept event history to one
/// module (see <see cref="IntegrationEventBus.ReplayAsync"/>), prints what it did and exits without serving requests.
/// On SQLite, stop the running host first (one process owns the data folder); with the host running, an administrator
/// uses the <c>replayEvents</c> mutation instead.
/// </summary>
internal static class EventReplayCommand
{
    public const string Name = "replay-events";

    /// <summary>The module named in <c>--module X</c>, and the arguments left for the host's configuration.</summary>
    public static (string? Module, string[] Remaining) Parse(string[] args)
    {
        var rest = new List<string>();
        string? module = null;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--module" && i + 1 < args.Length) module = args[++i];
            else rest.Add(args[i]);
        }
        return (module, rest.ToArray());
    }

    public static async Task<int> RunAsync(IServiceProvider services, string? moduleName)
    {
        if (string.IsNullOrWhiteSpace(moduleName))
        {
            await Console.Error.WriteLineAsync("Usage: replay-events --module <name>");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        PartnershipModule module;
        try
        {
            module = await FindReplayableAsync(services.GetRequiredService<ModuleCatalog>(), scope.ServiceProvider.GetRequiredService<ModuleSwitchboard>(), moduleName, CancellationToken.None);
        }
        catch (Exception e) when (e is PartnershipError or DomainException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        var replay = await services.GetRequiredService<IntegrationEventBus>().ReplayAsync(module, CancellationToken.None);
        await services.GetRequiredService<IAuditLog>().RecordAsync(new AuditEntry($"command:{Environment.UserName}", AuditActions.EventsReplayed, Module: module.Name, Detail: replay.Describe()));
        Console.WriteLine($"{module.Name}: {replay.Describe()}.");
        return 0;
    }

    /// <summary>The module, if it exists, handles events and is switched on (a switched-off module's events wait, as in delivery).</summary>
    public static async Task<PartnershipModule> FindReplayableAsync(ModuleCatalog catalog, ModuleSwitchboard switches, string name, CancellationToken ct)
    {
        var module = catalog.Find(name)
            ?? throw new PartnershipError(ErrorCodes.NotFound, $"There is no module called \"{name}\". Modules: {string.Join(", ", catalog.Modules.Select(m => m.Name))}.");
        if (module.EventHandlerTypes.Count == 0) throw PartnershipError.Conflict($"The {module.Name} module handles no events, so there is nothing to replay to it.");
        if (!await switches.IsEnabledAsync(module.FeatureFlag, ct))
            throw new PartnershipError(ErrorCodes.ModuleDisabled, ModuleRefusal.SwitchedOff(module.Name, await switches.SwitchedOffAtAsync(module.FeatureFlag), null));
        return module;
    }
}
