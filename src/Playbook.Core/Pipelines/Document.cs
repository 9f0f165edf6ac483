using System.Collections.Immutable;

namespace Playbook.Pipelines;

/// <summary>
/// One item flowing through a pipeline: where it came from, where it goes, its text and typed metadata.
/// Immutable: modules change a document by cloning it with <see cref="With"/> and <see cref="Set"/>.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<string, object> _metadata;

    public Document(string source, string? destination = null, string content = "", string? copyFrom = null)
        : this(source, destination, content, copyFrom, ImmutableDictionary<string, object>.Empty)
    {
    }

    private Document(string source, string? destination, string content, string? copyFrom, ImmutableDictionary<string, object> metadata)
    {
        Source = source;
        Destination = destination;
        Content = content;
        CopyFrom = copyFrom;
        _metadata = metadata;
    }

    /// <summary>Path relative to its root with '/' separators (content/ or the theme); its identity in messages.</summary>
    public string Source { get; }

    /// <summary>Path relative to the output folder, or null when the document is not written.</summary>
    public string? Destination { get; }

    /// <summary>Text content (Markdown, YAML or HTML, depending on the stage).</summary>
    public string Content { get; }

    /// <summary>An absolute file path to copy as is (images, fonts), instead of <see cref="Content"/>.</summary>
    public string? CopyFrom { get; }

    public Document With(string? destination = null, string? content = null) =>
        new(Source, destination ?? Destination, content ?? Content, CopyFrom, _metadata);

    public Document Set<T>(MetadataKey<T> key, T value)
        where T : notnull =>
        new(Source, Destination, Content, CopyFrom, _metadata.SetItem(key.Name, value));

    /// <summary>The document without <paramref name="key"/>: a full build lets go of what no later module reads (a written page's body HTML).</summary>
    public Document Without<T>(MetadataKey<T> key)
        where T : notnull =>
        new(Source, Destination, Content, CopyFrom, _metadata.Remove(key.Name));

    public T Get<T>(MetadataKey<T> key)
        where T : notnull =>
        TryGet(key, out var value) ? value : throw new KeyNotFoundException($"Document '{Source}' has no metadata '{key.Name}'.");

    public bool TryGet<T>(MetadataKey<T> key, out T value)
        where T : notnull
    {
        if (_metadata.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public T? Find<T>(MetadataKey<T> key)
        where T : class =>
        TryGet(key, out var value) ? value : null;

    public override string ToString() => Source;

    /// <summary>
    /// What a module changed on <paramref name="input"/> to make this document (destination, content, metadata set),
    /// so a remembered result can be replayed on a later input; null when this document is not a changed copy of it.
    /// </summary>
    internal DocumentChange? ChangeFrom(Document input)
    {
        if (Source != input.Source || CopyFrom != input.CopyFrom || input._metadata.Keys.Any(k => !_metadata.ContainsKey(k)))
        {
            return null;
        }

        var set = _metadata.Where(pair => !input._metadata.TryGetValue(pair.Key, out var before) || !Equals(before, pair.Value)).ToList();
        return new DocumentChange(Destination, Content, set);
    }

    /// <summary>The changes a module made to one document, replayed on another with <see cref="Apply"/>.</summary>
    internal sealed record DocumentChange(string? Destination, string Content, IReadOnlyList<KeyValuePair<string, object>> Set)
    {
        public Document Apply(Document input) => new(input.Source, Destination, Content, input.CopyFrom, input._metadata.SetItems(Set));
    }
}
