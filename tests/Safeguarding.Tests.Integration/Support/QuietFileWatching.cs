using System.Runtime.CompilerServices;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// Hosts started by the tests, in this process and as child processes, do not watch their configuration files. Each
/// watcher holds an inotify instance, a machine allows a user 128 of them, and a test run starts hundreds of hosts (some
/// of which fail to start on purpose and are never disposed by WebApplicationFactory): one watcher too many would make
/// every later host fail to start, which says nothing about the code under test.
/// </summary>
internal static class QuietFileWatching
{
    [ModuleInitializer]
    internal static void TurnOff()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
