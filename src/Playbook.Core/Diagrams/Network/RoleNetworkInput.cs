namespace Playbook.Diagrams.Network;

/// <summary>A role in the network; core roles and context parties are drawn differently.</summary>
public sealed record NetworkNode(string Id, string Title, bool IsCore);

/// <summary>A link: two roles and the number of activities both have a letter on.</summary>
public sealed record NetworkEdge(string From, string To, int Weight);

/// <summary>
/// What a network draws: all nodes on an ellipse, or, with a <paramref name="Focus"/>, one role in the middle and the
/// roles it shares activities with around it.
/// </summary>
public sealed record RoleNetworkInput(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, string? Focus = null);
