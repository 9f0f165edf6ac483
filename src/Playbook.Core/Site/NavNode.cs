using Playbook.Pipelines;

namespace Playbook.Site;

/// <summary>A node of the navigation tree: a page, or a folder without a page of its own.</summary>
public sealed class NavNode
{
    internal NavNode(string url, string title, int order, Document? page)
    {
        Url = url;
        Title = title;
        Order = order;
        Page = page;
    }

    /// <summary>The URL below the base path; folders without a page keep theirs for identity only.</summary>
    public string Url { get; }

    public string Title { get; internal set; }

    public int Order { get; internal set; }

    public Document? Page { get; internal set; }

    public NavNode? Parent { get; internal set; }

    public List<NavNode> Children { get; } = [];

    public IEnumerable<NavNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }
}
