using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// Counts the SQL statements each HTTP request sends, through every DbContext of the host (each module's, the platform's,
/// the audit log's own), and answers the count in the response header <see cref="Header"/>. Statements the event bus or
/// a sweep sends in the background belong to no request and are not counted.
/// </summary>
public sealed class StatementCounting : DbCommandInterceptor, IStartupFilter
{
    public const string Header = "X-Sql-Statements";
    private static readonly object CountKey = new();
    private readonly IHttpContextAccessor _requests = new HttpContextAccessor();

    /// <summary>Adds the count to every DbContext the host registers, and the header to every response.</summary>
    public static void AddTo(IServiceCollection services)
    {
        var counting = new StatementCounting();
        services.AddSingleton<IStartupFilter>(counting);
        var contexts = services.Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(DbContextOptions<>))
            .Select(t => t.GetGenericArguments()[0]).Distinct().ToList();
        var configure = typeof(StatementCounting).GetMethod(nameof(Configure), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var context in contexts) configure.MakeGenericMethod(context).Invoke(null, [services, counting]);
    }

    private static void Configure<TContext>(IServiceCollection services, StatementCounting counting) where TContext : DbContext =>
        services.ConfigureDbContext<TContext>(o => o.AddInterceptors(counting));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, nextMiddleware) =>
        {
            var count = new Tally();
            http.Items[CountKey] = count;
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[Header] = count.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await nextMiddleware(http);
        });
        next(app);
    };

    private void Count()
    {
        if (_requests.HttpContext?.Items[CountKey] is Tally count) Interlocked.Increment(ref count.Value);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private sealed class Tally
    {
        public int Value;
    }
}
