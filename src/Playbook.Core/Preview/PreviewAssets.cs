namespace Playbook.Preview;

/// <summary>The preview's own script and style (live reload, error overlay), embedded in the tool: never part of a built site.</summary>
internal static class PreviewAssets
{
    public static byte[] Script { get; } = Read("preview.js");

    public static byte[] Style { get; } = Read("preview.css");

    private static byte[] Read(string name)
    {
        using var stream = typeof(PreviewAssets).Assembly.GetManifestResourceStream("Playbook.Preview." + name)
            ?? throw new InvalidOperationException($"the tool was built without its preview file {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
