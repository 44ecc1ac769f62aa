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
        try
        {
            var replay = await scope.ServiceProvider.GetRequiredService<EventBusAdministration>()
                .ReplayAsync(moduleName, $"command:{Environment.UserName}", CancellationToken.None);
            Console.WriteLine($"{replay.Module}: {replay.Describe()}.");
            return 0;
        }
        catch (DomainException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
