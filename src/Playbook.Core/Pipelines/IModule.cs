namespace Playbook.Pipelines;

/// <summary>One step of a pipeline: takes the documents so far and returns the next ones.</summary>
public interface IModule
{
    IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context);
}
