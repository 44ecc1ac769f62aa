using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Host.Auth;

namespace Safeguarding.Tests.Clients;

/// <summary>
/// The real host with the production modules, on Kestrel at 127.0.0.1 on a free port (node cannot reach the in-memory
/// test server), on SQLite files in a temporary folder. One per test class.
/// </summary>
public sealed class ClientHost : IDisposable
{
    private sealed class Factory(string dataFolder, string signingKey) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:DataFolder", dataFolder);
            builder.UseSetting("Auth:SigningKey", signingKey);
            builder.UseSetting("DemoData:SeedWhenEmpty", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "safeguarding-client-tests", Guid.NewGuid().ToString("N"));
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
    private readonly Factory _factory;

    public ClientHost()
    {
        _factory = new Factory(_dataFolder, _signingKey);
        try
        {
            _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
            _factory.StartServer();
            BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string BaseUrl { get; }
    public string GraphQLUrl => BaseUrl + "/graphql";
    public IServiceProvider Services => _factory.Services;

    /// <summary>A bearer token for a demo user, as the README's <c>token</c> command issues one.</summary>
    public string TokenFor(string userName)
    {
        var user = DemoUsers.Find(userName) ?? throw new ArgumentException($"No demo user {userName}");
        var auth = _factory.Services.GetRequiredService<AuthOptions>();
        return TokenIssuer.Issue(user, auth, new SymmetricSecurityKey(Convert.FromBase64String(_signingKey)), DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
    }

    /// <summary>A plain HttpClient on the real port, signed in as <paramref name="userName"/> (or nobody).</summary>
    public HttpClient Client(string? userName)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        if (userName is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userName));
        return client;
    }

    public void Dispose()
    {
        _factory.Dispose();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
