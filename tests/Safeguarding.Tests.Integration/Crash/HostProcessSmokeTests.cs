using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Crash;

[Collection(HostProcesses.Name)]
public sealed class HostProcessSmokeTests
{
    [Fact]
    public async Task The_host_runs_as_a_process_survives_a_hard_kill_and_starts_again_on_its_data()
    {
        using var first = await HostProcess.StartAsync();
        var modules = (await first.As("alex.admin").SendAsync("{ modules { name } }")).AssertOk();
        Assert.NotEmpty(modules.Data!["modules"]!.AsArray());
        first.KillHard();
        Assert.True(first.HasExited);

        using var second = await first.RestartAsync();
        (await second.As("alex.admin").SendAsync("{ partners { name } }")).AssertOk();
        second.DeleteDataFolder();
    }
}
