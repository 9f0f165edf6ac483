using Playbook.Build;
using Playbook.Pipelines;
using Playbook.Security;

namespace Playbook.Modules;

/// <summary>Adds the '_headers' file (Netlify, Cloudflare Pages) generated from <see cref="SecurityHeaders"/> to the site.</summary>
public sealed class GenerateSecurityHeaders : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) =>
    [
        .. inputs,
        new Document(SecurityHeaders.NetlifyFileName, SecurityHeaders.NetlifyFileName, SecurityHeaders.NetlifyHeadersFile())
            .Set(Keys.File, "(generated) " + SecurityHeaders.NetlifyFileName),
    ];
}
