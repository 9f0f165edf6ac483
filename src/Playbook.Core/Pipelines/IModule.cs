namespace Playbook.Pipelines;

/// <summary>One step of a pipeline: takes the documents so far and returns the next ones; honours the context's cancellation.</summary>
public interface IModule
{
    Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context);
}
