namespace Playbook.Pipelines;

/// <summary>A named list of modules; it starts when the pipelines it depends on have finished.</summary>
public sealed class Pipeline
{
    public Pipeline(string name, IEnumerable<string> dependencies, params IModule[] modules)
    {
        Name = name;
        Dependencies = dependencies.ToArray();
        Modules = modules;
    }

    public Pipeline(string name, params IModule[] modules)
        : this(name, [], modules)
    {
    }

    public string Name { get; }

    public IReadOnlyList<string> Dependencies { get; }

    public IReadOnlyList<IModule> Modules { get; }
}
