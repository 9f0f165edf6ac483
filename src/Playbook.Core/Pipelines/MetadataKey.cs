namespace Playbook.Pipelines;

/// <summary>A typed key into a document's metadata, so readers get back what writers put in.</summary>
public sealed class MetadataKey<T>(string name)
    where T : notnull
{
    public string Name { get; } = name;

    public override string ToString() => Name;
}
