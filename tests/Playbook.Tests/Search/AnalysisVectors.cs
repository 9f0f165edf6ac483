namespace Playbook.Tests.Search;

/// <summary>Reads analysis-vectors.tsv: the answers the C# analyzer and search.js must both give.</summary>
public static class AnalysisVectors
{
    public static string FilePath => Path.Combine(Support.TestSite.RepositoryRoot, "tests", "Playbook.Tests", "Search", "analysis-vectors.tsv");

    public static IEnumerable<object[]> Of(string kind) =>
        File.ReadAllLines(FilePath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(fields => fields[0] == kind)
            .Select(fields => new object[] { fields[1], fields[2] });
}
