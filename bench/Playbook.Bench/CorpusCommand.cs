namespace Playbook.Bench;

/// <summary>`corpus &lt;dir&gt; [--pages N]`: writes the synthetic playbook used by every benchmark.</summary>
internal static class CorpusCommand
{
    public static int Run(string directory, string[] args)
    {
        var generator = new CorpusGenerator(directory)
        {
            RoleCount = args.Contains("--roles") ? Options.Int(args, "--roles", 30) : null,
            JobProfiles = args.Contains("--job-profiles"),
        };
        generator.Write(Options.Int(args, "--pages", 10_000));
        Console.WriteLine($"Wrote {directory}: {generator.Pages} pages, {generator.Roles} roles, {generator.Matrices} matrices, {generator.Examples} examples.");
        return 0;
    }
}
