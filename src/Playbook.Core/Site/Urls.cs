namespace Playbook.Site;

/// <summary>Pretty URLs: rollen/contentspecialist.md becomes /rollen/contentspecialist/ written to rollen/contentspecialist/index.html.</summary>
public static class Urls
{
    public static string FromSource(string relativeSource)
    {
        var withoutExtension = relativeSource[..^Path.GetExtension(relativeSource).Length];
        if (withoutExtension == "index")
        {
            return "/";
        }

        if (withoutExtension.EndsWith("/index", StringComparison.Ordinal))
        {
            withoutExtension = withoutExtension[..^"/index".Length];
        }

        return $"/{withoutExtension}/";
    }

    public static string Destination(string url) =>
        url.EndsWith(".html", StringComparison.Ordinal) ? url.TrimStart('/') : $"{url.TrimStart('/')}index.html";
}
