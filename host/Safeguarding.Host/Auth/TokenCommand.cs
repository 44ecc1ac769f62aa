namespace Safeguarding.Host.Auth;

/// <summary>
/// <c>dotnet run --project host/Safeguarding.Host -- token --user nina.neglect</c> prints a bearer token for a demo user.
/// Development only: it signs with the local development key, which exists nowhere else.
/// </summary>
public static class TokenCommand
{
    public static int Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        if (!builder.Environment.IsDevelopment())
        {
            Console.Error.WriteLine("The token command works only in Development (ASPNETCORE_ENVIRONMENT=Development). Outside it, sign in through the partnership's identity provider.");
            return 2;
        }
        string? user = null;
        var hours = 8;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--user" when i + 1 < args.Length: user = args[++i]; break;
                case "--hours" when i + 1 < args.Length && int.TryParse(args[i + 1], out var h) && h is > 0 and <= 24: hours = h; i++; break;
                case "--list": user = null; i = args.Length; break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Usage: token --user <name> [--hours 1-24] | token --list");
                    return 2;
            }
        }
        var demo = user is null ? null : DemoUsers.Find(user);
        if (demo is null)
        {
            if (user is not null) Console.Error.WriteLine($"There is no demo user called {user}.");
            Console.Error.WriteLine("Demo users:");
            foreach (var u in DemoUsers.All)
                Console.Error.WriteLine($"  {u.UserName,-20} {u.Role,-14} {string.Join(",", u.WorkingGroups),-20} {u.Description}");
            return user is null ? 0 : 2;
        }
        var auth = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        var database = builder.Configuration.GetSection("Database").Get<ModuleDatabaseOptions>() ?? new ModuleDatabaseOptions();
        database.DataFolder = Path.GetFullPath(database.DataFolder, builder.Environment.ContentRootPath);
        var key = SigningKeys.Resolve(auth, database, isDevelopment: true)!;
        Console.WriteLine(TokenIssuer.Issue(demo, auth, key, DateTimeOffset.UtcNow, TimeSpan.FromHours(hours)));
        return 0;
    }
}
