using System.Diagnostics;
using Safeguarding.Tests.Integration.Support;
using Xunit.Abstractions;
namespace Safeguarding.Tests.Integration.Platform;
public sealed class ZzTimingProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        for (var i = 0; i < 12; i++)
        {
            var sw = Stopwatch.StartNew();
            var host = new PartnershipHost();
            _ = host.Services;
            var started = sw.ElapsedMilliseconds;
            (await host.As("alex.admin").SendAsync("{ modules { name } }")).AssertOk();
            var first = sw.ElapsedMilliseconds;
            host.Dispose();
            output.WriteLine($"start {started} first {first} disposed {sw.ElapsedMilliseconds}");
        }
    }
}
