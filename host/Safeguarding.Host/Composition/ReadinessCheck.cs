using Microsoft.Extensions.Diagnostics.HealthChecks;
using Safeguarding.Host.Platform;

namespace Safeguarding.Host.Composition;

/// <summary>Ready when the platform database and every module's database answer; reports each module's event backlog.</summary>
public sealed class ReadinessCheck(IServiceScopeFactory scopes, ModuleCatalog catalog) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var data = new Dictionary<string, object>();
        var unhealthy = new List<string>();
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.CanConnectAsync(ct)) unhealthy.Add("platform");
        foreach (var module in catalog.Modules)
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            try
            {
                data[module.Name] = new Dictionary<string, object>
                {
                    ["database"] = "reachable",
                    ["outboxUndelivered"] = await db.Outbox.CountAsync(m => m.DispatchedAt == null, ct),
                    ["inboxPending"] = await db.Inbox.CountAsync(m => m.ProcessedAt == null && m.ParkedAt == null, ct),
                    ["inboxParked"] = await db.Inbox.CountAsync(m => m.ParkedAt != null, ct),
                };
            }
            catch (Exception e)
            {
                unhealthy.Add(module.Name);
                data[module.Name] = new Dictionary<string, object> { ["database"] = "unreachable: " + e.GetType().Name };
            }
        }
        return unhealthy.Count == 0
            ? HealthCheckResult.Healthy("Every module's database is reachable.", data)
            : HealthCheckResult.Unhealthy("Unreachable: " + string.Join(", ", unhealthy), data: data);
    }
}
