using System.Diagnostics;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Crash;

/// <summary>A host process started by a test never outlives it: not when its start fails, not when the test process
/// itself is killed.</summary>
[Collection(HostProcesses.Name)]
public sealed class HostProcessCleanupTests
{
    [Fact]
    public async Task A_host_that_is_not_ready_in_time_is_stopped_and_says_what_it_waited_for()
    {
        var failed = await Assert.ThrowsAsync<HostProcessStartException>(() => HostProcess.StartAsync(readyWithin: TimeSpan.FromMilliseconds(1)));
        Assert.Contains("health/ready to answer 200", failed.Message);
        Assert.Contains("last saw", failed.Message);
        Assert.False(ChildProcesses.IsRunning(failed.ProcessId), $"Host process {failed.ProcessId} is still running after its start failed.");
    }

    [Fact]
    public async Task A_host_that_exits_while_starting_is_reported_with_its_output()
    {
        var failed = await Assert.ThrowsAsync<HostProcessStartException>(() =>
            HostProcess.StartAsync(settings: new Dictionary<string, string?> { ["Database:Provider"] = "Carrier pigeon" }));
        Assert.Contains("exited", failed.Message);
        Assert.False(ChildProcesses.IsRunning(failed.ProcessId));
    }

    [ParentDeathFact]
    public async Task A_host_dies_with_the_test_process_that_started_it()
    {
        var start = new ProcessStartInfo("dotnet", [typeof(TestProcessEntryPoint).Assembly.Location, TestProcessEntryPoint.StartHost])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var parent = ChildProcesses.Start(start);
        var hostId = 0;
        string? dataFolder = null;
        try
        {
            string? line;
            using (var patience = new CancellationTokenSource(Waits.ProcessStart))
            {
                try { line = await parent.StandardOutput.ReadLineAsync(patience.Token); }
                catch (OperationCanceledException) { line = null; }
            }
            if (line is null || !line.StartsWith("host ", StringComparison.Ordinal))
            {
                ChildProcesses.Stop(parent);
                Assert.Fail($"Waited {Waits.Show(Waits.ProcessStart)} for the stand-in test process to print its host's process id; it printed " +
                            $"{line ?? "nothing"}, and on its error output: {await parent.StandardError.ReadToEndAsync()}");
            }
            var printed = line.Split(' ', 3);
            hostId = int.Parse(printed[1], System.Globalization.CultureInfo.InvariantCulture);
            dataFolder = printed[2];
            Assert.True(ChildProcesses.IsRunning(hostId));

            parent.Kill(entireProcessTree: false); // as an aborted test run: SIGKILL to the test process alone, nothing of it runs
            await parent.WaitForExitAsync();

            await Waits.UntilAsync($"host process {hostId} to end with the process that started it (running)",
                () => Task.FromResult(ChildProcesses.IsRunning(hostId)), running => !running, TimeSpan.FromMinutes(1));
        }
        finally
        {
            ChildProcesses.Stop(parent);
            if (hostId != 0 && ChildProcesses.IsRunning(hostId)) Process.GetProcessById(hostId).Kill(); // the test has failed; leave nothing behind
            if (dataFolder is not null)
                try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
