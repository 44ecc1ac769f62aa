using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Safeguarding.Tests.Browser;

/// <summary>Where Debian's chromium is: SAFEGUARDING_CHROMIUM, or /usr/bin/chromium. Null when it is not installed.</summary>
public static class Chromium
{
    public static readonly string? ExecutablePath =
        new[] { Environment.GetEnvironmentVariable("SAFEGUARDING_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}

/// <summary>A browser test: skipped, saying why, on a machine without chromium.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.ExecutablePath is null)
            Skip = "Chromium is not installed (apt-get install chromium, as .ci/run does): the browser tests need it and download no browser.";
    }
}

/// <summary>
/// The real host on Kestrel at 127.0.0.1 on a free port (a browser cannot reach the in-memory test server), on SQLite
/// files in a temporary folder with the demo partnership, and headless Chromium. One per test class.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private sealed class Factory(string dataFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:DataFolder", dataFolder);
            builder.UseSetting("Auth:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
            builder.UseSetting("DemoData:SeedWhenEmpty", "true");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "safeguarding-browser-tests", Guid.NewGuid().ToString("N"));
    private Factory? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go when SAFEGUARDING_SCREENSHOTS names a folder (tools/screenshots.sh); otherwise none are taken.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("SAFEGUARDING_SCREENSHOTS") is { Length: > 0 } f ? f : null;

    /// <summary>How long a page action or an expectation may take before it fails. Generous: other builds may be running,
    /// and an expectation that holds returns as soon as it does.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is null) return;
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        try
        {
            _factory = new Factory(_dataFolder);
            _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
            _factory.StartServer();
            BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
                Timeout = (float)Patience.TotalMilliseconds,
            });
        }
        catch
        {
            await DisposeAsync(); // a start that fails half-way leaves no host, driver or browser running
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A fresh browser (its own cookies) signed in as a demo user through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string user)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB", TimezoneId = "Europe/London", ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.Locator($"button[name=user][value='{user}']").ClickAsync();
        // The address, not the page's load event: on a loaded machine Chromium has been seen never to report "load" for a
        // page it had finished, and what the test does next waits for what it needs on the page anyway.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (ScreenshotFolder is not { } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
