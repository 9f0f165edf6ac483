using Playbook.Bench;

// Benchmarks live here, not in timed unit tests. Each command prints its figures and the command that made them.
return args switch
{
    ["corpus", var directory, .. var rest] => CorpusCommand.Run(directory, rest),
    ["build", var directory, .. var rest] => await BuildCommand.RunAsync(directory, rest),
    ["search", var directory, .. var rest] => await SearchCommand.RunAsync(directory, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Playbook.Bench -- <command>
          corpus <dir> [--pages N]        write a synthetic playbook of N pages (default 10000) to <dir>
          build <dir> [--repeat N]        build <dir> (a content folder) N times; report time and memory
          search <dir> [--pages N] [--runs N] [--report file]
                                          build <dir> (written first if missing); report search index size,
                                          first-query transfer and query latency in Chromium
        """);
    return 2;
}
