using Microsoft.Playwright;

namespace Playbook.Bench;

/// <summary>A built site served from disk through the browser's request routing: no server, no network.</summary>
internal static class RoutedSite
{
    public const string Origin = "http://bench.playbook.local";

    /// <summary>Chromium's own flags for a benchmark: the system's browser, headless, nothing running in the background.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    /// <summary>Routes every request under <see cref="Origin"/> to <paramref name="output"/> and opens a page in the context.</summary>
    public static async Task<IPage> ServeAsync(IBrowserContext context, string output)
    {
        await context.RouteAsync(Origin + "/**", async route =>
        {
            var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath);
            var file = Path.Combine(output, path.TrimStart('/'));
            if (Directory.Exists(file))
            {
                file = Path.Combine(file, "index.html");
            }

            if (!File.Exists(file))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
                return;
            }

            var type = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".json" => "application/json; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = type, BodyBytes = await File.ReadAllBytesAsync(file) });
        });
        return await context.NewPageAsync();
    }
}
