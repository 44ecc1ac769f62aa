using System.Diagnostics;
using System.Text;

namespace Safeguarding.Bench;

/// <summary>
/// The host as a separate operating-system process, as a second instance behind a load balancer would run, so that
/// it can be killed hard (SIGKILL: no graceful shutdown). It never outlives the benchmark: Dispose kills it.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(IReadOnlyDictionary<string, string?> settings)
    {
        var assembly = HostAssembly();
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information"; // "Now listening on", "Application started"
        _process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        _process.OutputDataReceived += (_, e) => Seen(e.Data);
        _process.ErrorDataReceived += (_, e) => Seen(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static HostProcess Start(IReadOnlyDictionary<string, string?> settings) => new(settings);

    /// <summary>Waits until the host says it has started (migrations done, hosted services running).</summary>
    public async Task ReadyAsync()
    {
        var ready = await Task.WhenAny(_started.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
        if (ready != _started.Task || _process.HasExited)
        {
            Dispose();
            throw new InvalidOperationException("The host process did not start:\n" + Output);
        }
    }

    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        try { KillHard(); } catch (InvalidOperationException) { }
        _process.Dispose();
    }

    private string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Where the host listens (it is given port 0, so the system picks one), as Kestrel says once started.</summary>
    public string Address
    {
        get
        {
            const string listening = "Now listening on: ";
            var line = Output.Split('\n').FirstOrDefault(l => l.Contains(listening, StringComparison.Ordinal))
                ?? throw new InvalidOperationException("The host has not said where it listens:\n" + Output);
            return line[(line.IndexOf(listening, StringComparison.Ordinal) + listening.Length)..].Trim();
        }
    }

    private void Seen(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.Contains("Application started", StringComparison.Ordinal)) _started.TrySetResult();
    }

    /// <summary>The host built alongside this benchmark (same configuration), found from the repository root.</summary>
    private static string HostAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Safeguarding.Modular.sln"))) continue;
            var assembly = Path.Combine(dir.FullName, "host", "Safeguarding.Host", "bin", configuration, "net10.0", "Safeguarding.Host.dll");
            return File.Exists(assembly) ? assembly : throw new FileNotFoundException($"Build the host first ({configuration}).", assembly);
        }
        throw new DirectoryNotFoundException("The repository root (Safeguarding.Modular.sln) was not found above the benchmark.");
    }
}
