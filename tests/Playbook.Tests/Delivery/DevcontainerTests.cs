using System.Text.Json;
using Playbook.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Delivery;

/// <summary>The codespace for editors (.devcontainer/devcontainer.json): it starts a preview on the port it forwards, with a command the CLI accepts.</summary>
public sealed class DevcontainerTests
{
    [Fact]
    public void The_codespace_starts_the_preview_on_the_port_it_opens_for_the_editor()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, ".devcontainer", "devcontainer.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = json.RootElement;
        var preview = root.GetProperty("postAttachCommand").GetProperty("preview").GetString()!;
        var arguments = preview[(preview.IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ');
        Assert.Equal("serve", arguments[0]);
        var port = arguments[Array.IndexOf(arguments, "--port") + 1];
        Assert.Contains(root.GetProperty("forwardPorts").EnumerateArray(), p => p.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) == port);
        Assert.Equal("openPreview", root.GetProperty("portsAttributes").GetProperty(port).GetProperty("onAutoForward").GetString());
        Assert.Empty(PlaybookCommands.CreateRoot().Parse(arguments).Errors);
        Assert.Contains("hunspell-nl", root.GetProperty("postCreateCommand").GetString(), StringComparison.Ordinal);
    }
}
