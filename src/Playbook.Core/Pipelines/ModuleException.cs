namespace Playbook.Pipelines;

/// <summary>An unexpected failure inside a module, carrying which module and which document it was working on.</summary>
public sealed class ModuleException : Exception
{
    public ModuleException(string module, string source, Exception inner)
        : base($"{module} failed on {source}: {inner.Message}", inner)
    {
        ModuleName = module;
        DocumentSource = source;
    }

    public ModuleException()
    {
        ModuleName = DocumentSource = string.Empty;
    }

    public ModuleException(string message)
        : base(message)
    {
        ModuleName = DocumentSource = string.Empty;
    }

    public ModuleException(string message, Exception inner)
        : base(message, inner)
    {
        ModuleName = DocumentSource = string.Empty;
    }

    public string ModuleName { get; }

    public string DocumentSource { get; }
}
