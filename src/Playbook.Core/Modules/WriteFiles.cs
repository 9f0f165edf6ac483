using System.Text;
using Playbook.Build;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Writes documents with a destination into the build's staging folder (nothing when only checking).</summary>
public sealed class WriteFiles : Module
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    protected override bool Parallel => true;

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var staging = context.Build().Inputs.StagingDirectory;
        if (staging is not null && input.Destination is { } destination)
        {
            var path = Path.Combine(staging, destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (input.TryGet(GenerateRoleDownloads.Bytes, out var bytes))
            {
                File.WriteAllBytes(path, bytes);
            }
            else if (input.CopyFrom is { } from)
            {
                File.Copy(from, path, overwrite: true);
            }
            else
            {
                File.WriteAllText(path, input.Content, Utf8);
            }
        }

        yield return input;
    }
}
