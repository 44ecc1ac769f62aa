using System.Diagnostics;
using System.Text;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Clients;

/// <summary>
/// Node and the client packages of tests/clients (installed by <c>npm ci</c> there): where they are, whether they are
/// there, and running one of the folder's scripts as a child process that never outlives the test.
/// </summary>
public static class NodeClients
{
    public static readonly string Folder = Repository.PathOf("tests", "clients");

    /// <summary>SAFEGUARDING_NODE, or node on the PATH; null when there is none.</summary>
    public static readonly string? Node =
        new[] { Environment.GetEnvironmentVariable("SAFEGUARDING_NODE") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Where(p => p.Length > 0).Select(p => Path.Combine(p, "node")))
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Why the node tests cannot run here, or null when they can.</summary>
    public static string? Missing =>
        Node is null ? "node is not installed (Node.js 18 or later; .ci/run installs it)"
        : !File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")) ? "the client packages are not installed (run `npm ci` in tests/clients, as .ci/run does)"
        : null;

    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public Result AssertSucceeded(string what)
        {
            Assert.True(ExitCode == 0, $"{what} failed with exit code {ExitCode}.\n--- output\n{Output}\n--- errors\n{Errors}");
            return this;
        }
    }

    /// <summary>Runs <c>node tests/clients/{script}</c> with the given environment and waits for it (within minutes: a busy
    /// machine is slow, not wrong). If it does not finish, it is killed with everything it started, and the test fails.</summary>
    public static async Task<Result> RunAsync(string script, IDictionary<string, string> environment, TimeSpan? within = null)
    {
        var start = new ProcessStartInfo(Node!, [Path.Combine(Folder, script)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Folder,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = ChildProcesses.Start(start);
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            process.WaitForExit(); // the output handlers have run to the end
            return new Result(process.ExitCode, output.ToString(), errors.ToString());
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"node {script} did not finish within {(within ?? TimeSpan.FromMinutes(5)).TotalMinutes} minutes and was stopped.\n{output}\n{errors}");
            throw;
        }
        finally
        {
            ChildProcesses.Stop(process);
            process.Dispose();
        }
    }
}
