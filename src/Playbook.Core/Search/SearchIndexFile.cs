namespace Playbook.Search;

/// <summary>One file of the search index, relative to the index folder (manifest.json, s/pa.1a2b3c4d.json, f/120.9f8e7d6c.json).</summary>
public sealed record SearchIndexFile(string Path, string Json);
