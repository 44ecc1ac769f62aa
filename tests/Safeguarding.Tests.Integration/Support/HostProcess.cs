using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Host.Auth;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// The host as a real operating-system process on a real port, for tests that must kill it hard (SIGKILL: no
/// graceful shutdown, no flushing) and start it again on the same data folder. It never outlives the test: a start that
/// fails stops it, Dispose stops it, and <see cref="ChildProcesses"/> stops it when the test process exits or dies.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private HostProcess(string dataFolder, string signingKey, int port, IDictionary<string, string?> settings)
    {
        DataFolder = dataFolder;
        SigningKey = signingKey;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [HostAssembly()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(HostAssembly())!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["Database__DataFolder"] = dataFolder;
        start.Environment["Auth__SigningKey"] = signingKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        _process = ChildProcesses.Start(start);
        ProcessId = _process.Id;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string DataFolder { get; }
    public string SigningKey { get; }
    public Uri BaseAddress { get; }
    public bool HasExited => _process.HasExited;
    public int ProcessId { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the host on a fresh data folder (or <paramref name="dataFolder"/>) and waits until it is ready
    /// (<see cref="Waits.ProcessStart"/> unless <paramref name="readyWithin"/> says otherwise). If it is not, the process is
    /// stopped and <see cref="HostProcessStartException"/> says what it last answered and printed.</summary>
    public static async Task<HostProcess> StartAsync(string? dataFolder = null, string? signingKey = null, IDictionary<string, string?>? settings = null,
        TimeSpan? readyWithin = null)
    {
        var host = new HostProcess(dataFolder ?? Path.Combine(Path.GetTempPath(), "safeguarding-process", Guid.NewGuid().ToString("N")),
            signingKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)), FreePort(), settings ?? new Dictionary<string, string?>());
        try
        {
            await host.WaitUntilReadyAsync(readyWithin ?? Waits.ProcessStart);
            return host;
        }
        catch (Exception e)
        {
            var id = host.ProcessId;
            if (dataFolder is null) host.DeleteDataFolder(); // a fresh folder nobody else will use
            host.Dispose();
            throw new HostProcessStartException(id, $"The host process {id} did not become ready and has been stopped. {e.Message}\n{host.Output}");
        }
    }

    /// <summary>Starts the host again on the same data folder and key.</summary>
    public Task<HostProcess> RestartAsync(IDictionary<string, string?>? settings = null)
    {
        if (!HasExited) throw new InvalidOperationException("Stop or kill the host first.");
        return StartAsync(DataFolder, SigningKey, settings);
    }

    /// <summary>Kills the process at once, as a power cut would: no shutdown hooks run.</summary>
    public void KillHard()
    {
        if (!_disposed) ChildProcesses.Stop(_process);
    }

    /// <summary>Removes the data folder once the host has stopped (call it on the last instance).</summary>
    public void DeleteDataFolder()
    {
        KillHard();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public GraphQLClient As(string userName)
    {
        var user = DemoUsers.Find(userName) ?? throw new ArgumentException($"No demo user {userName}");
        var token = TokenIssuer.Issue(user, new AuthOptions(), new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)), DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        return new GraphQLClient(new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) }, token);
    }

    private async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await Waits.UntilAsync($"{BaseAddress}health/ready to answer 200 (what it answered)", async () =>
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with {_process.ExitCode} before it was ready.");
            try { return ((int)(await http.GetAsync("/health/ready")).StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture); }
            catch (HttpRequestException e) { return e.Message; }
            catch (TaskCanceledException) { return $"no answer within {Waits.Show(http.Timeout)}"; }
        }, answer => answer == "200", within);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host's own build output, in the configuration the tests were built in.</summary>
    private static string HostAssembly()
    {
        var testFolder = AppContext.BaseDirectory; // tests/Safeguarding.Tests.Integration/bin/<Configuration>/net10.0/
        var configuration = new DirectoryInfo(testFolder).Parent!.Name;
        var dll = Repository.PathOf("host", "Safeguarding.Host", "bin", configuration, "net10.0", "Safeguarding.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first.", dll);
    }

    public void Dispose()
    {
        if (_disposed) return;
        KillHard();
        _process.Dispose();
        _disposed = true;
    }
}
