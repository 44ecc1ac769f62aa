namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// The test assembly run as a program (<c>dotnet Safeguarding.Tests.Integration.dll start-host</c>): it starts a host
/// process the way a test does, prints "host &lt;process id&gt; &lt;data folder&gt;" and waits to be killed. A test kills it outright, as an
/// aborted test run would be, and checks that the host it started does not outlive it. The test runner never calls this.
/// </summary>
public static class TestProcessEntryPoint
{
    public const string StartHost = "start-host";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [StartHost]) return 2;
        var host = await HostProcess.StartAsync();
        Console.WriteLine($"host {host.ProcessId} {host.DataFolder}");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
