using System.Collections.Concurrent;
using System.Diagnostics;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// Every operating-system process a test starts, so that none outlives the test run. Each is stopped, with any
/// processes it started, by <see cref="Stop"/> (a test's Dispose, or a start that failed); any still running when the
/// test process exits is stopped then. If the test process is killed outright and runs none of that, Linux stops them
/// too: each is started through <c>setpriv --pdeathsig KILL</c>, so the kernel kills it when its parent dies.
/// </summary>
public static class ChildProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private static readonly string? SetPriv = new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Started)> ToStart = new();

    static ChildProcesses()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => StopAll();
        // The parent-death signal fires when the *thread* that started the child ends, not only the process; thread-pool
        // threads come and go, so every child is started from this one thread, which lives as long as the test process.
        new Thread(() =>
        {
            foreach (var (start, started) in ToStart.GetConsumingEnumerable())
            {
                try { started.SetResult(Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.")); }
                catch (Exception e) { started.SetException(e); }
            }
        }) { IsBackground = true, Name = "Child process starter" }.Start();
    }

    /// <summary>Whether a child is killed by the kernel when the test process dies (Linux with util-linux's setpriv).</summary>
    public static bool DieWithTheirParent => SetPriv is not null;

    /// <summary>Starts a process that will not outlive the test run.</summary>
    public static Process Start(ProcessStartInfo start)
    {
        if (SetPriv is not null) start = UnderSetPriv(start, SetPriv);
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        ToStart.Add((start, started));
        var process = started.Task.GetAwaiter().GetResult();
        Running[process.Id] = process;
        return process;
    }

    /// <summary>Kills the process and every process it started, and waits until it has gone.</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
                throw new InvalidOperationException($"Process {process.Id} was killed but had not gone a minute later.");
        }
        catch (InvalidOperationException) when (process.HasExited) { }
        finally
        {
            Running.TryRemove(new KeyValuePair<int, Process>(process.Id, process));
        }
    }

    /// <summary>Whether a process with this id is running (and is not a zombie waiting to be reaped).</summary>
    public static bool IsRunning(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (OperatingSystem.IsLinux())
        {
            try { return File.Exists(status) && !File.ReadLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains("zombie", StringComparison.Ordinal)); }
            catch (IOException) { return false; } // it went while we read
        }
        try { using var p = Process.GetProcessById(processId); return !p.HasExited; }
        catch (ArgumentException) { return false; }
    }

    private static void StopAll()
    {
        foreach (var process in Running.Values)
        {
            try { Stop(process); } catch (Exception) { } // the test process is ending: stop every other one whatever this one did
        }
    }

    private static ProcessStartInfo UnderSetPriv(ProcessStartInfo start, string setPriv)
    {
        var wrapped = new ProcessStartInfo(setPriv)
        {
            RedirectStandardInput = start.RedirectStandardInput, RedirectStandardOutput = start.RedirectStandardOutput,
            RedirectStandardError = start.RedirectStandardError, UseShellExecute = false, WorkingDirectory = start.WorkingDirectory,
        };
        foreach (var argument in new[] { "--pdeathsig", "KILL", "--", start.FileName }.Concat(start.ArgumentList)) wrapped.ArgumentList.Add(argument);
        foreach (var (key, value) in start.Environment) wrapped.Environment[key] = value;
        return wrapped;
    }
}
