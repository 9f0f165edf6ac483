using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Starts a pipeline with the outputs of others (which it must depend on).</summary>
public sealed class ConcatOutputs : BatchModule
{
    private readonly string[] _pipelines;

    public ConcatOutputs(params string[] pipelines)
    {
        _pipelines = pipelines;
    }

    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
        inputs.Concat(_pipelines.SelectMany(context.Outputs)).ToList();
}
