using Playbook.Bench;

// Benchmarks live here, not in timed unit tests. Each command prints its figures and the command that made them.
return args switch
{
    ["corpus", var directory, .. var rest] => CorpusCommand.Run(directory, rest),
    ["build", var directory, .. var rest] => await BuildCommand.RunAsync(directory, rest),
    ["links", var directory, .. var rest] => await LinksCommand.RunAsync(directory, rest),
    ["scan", var directory] => LinksCommand.CompareParsers(directory),
    ["search", var directory, .. var rest] => await SearchCommand.RunAsync(directory, rest),
    ["compare", var directory, .. var rest] => CompareCommand.Run(directory, rest),
    ["cold", var directory, .. var rest] => ColdCommand.Run(directory, rest),
    ["preview", var directory, .. var rest] => await PreviewCommand.RunAsync(directory, rest),
    ["serve-load", var url, .. var rest] => await ServeLoadCommand.RunAsync(url, rest),
    ["styles", var site, .. var rest] => await StylesCommand.RunAsync(site, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/Playbook.Bench -- <command>
          corpus <dir> [--pages N] [--roles N] [--job-profiles]
                                          write a synthetic playbook of N pages (default 10000) to <dir>; --roles sets
                                          the number of core roles, --job-profiles gives each the full HR fields
          build <dir> [--repeat N] [--no-downloads]
                                          build <dir> (a content folder) N times; report time and memory; with
                                          --no-downloads the HR downloads are written empty (what they cost)
          links <dir> [--repeat N]        build <dir> with and without the link checker; its share of the build
          scan <output>                   time the link checker's HTML scanner against AngleSharp's DOM on built pages
          search <dir> [--pages N] [--runs N] [--report file]
                                          build <dir> (written first if missing); report search index size,
                                          first-query transfer and query latency in Chromium
          compare <dir> [--rounds N]      full builds of <dir> by Playbook (the Release CLI) and, when hugo is on PATH,
                                          by Hugo on the same corpus converted; alternating; wall, CPU, peak RSS, ratios
          cold <dir> [--publish dir] [--publish-aot dir] [--tool label=path[,ENV=value...]]... [--runs N]
                                          'playbook build' of <dir> by each built tool (--publish: the working tree's,
                                          ReadyToRun; --publish-aot: NativeAOT) as a new process in a fresh output folder,
                                          alternating; wall, CPU; whether each tool's site is byte-identical to the first's
          preview <dir> [--edits N] [--page path] [--edit-matrix]
                                          preview a copy of <dir>, save one page (or with --edit-matrix one cell of the
                                          first matrix) N times; time from save to the reloaded page showing the change,
                                          and to the search index and checks after the reload (median, p95)
          serve-load <url> [--requests N] [--concurrency C]
                                          request the files a running 'playbook serve' links from its home page;
                                          latency (median, p95) and requests per second
          styles <site> [--output dir] [--rounds N] [--only text] [--selectors] [--report file]
                                          Chromium's style recalculation and layout (Performance.getMetrics) per page
                                          of <site> (built first when it is a content folder; --only: the pages whose
                                          path contains text) while the width sweeps 320…1920 light and back dark;
                                          --selectors: then the selectors that took the most matching time
        """);
    return 2;
}
