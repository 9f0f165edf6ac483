namespace Playbook.Search;

/// <summary>
/// Where one stem occurs: per result, per section, the highest field it stands in. Encoded for the browser as a flat
/// integer list: for each result in ascending order, the gap to the previous result id, the number of sections, then
/// per section (section * 4 + field), ascending.
/// </summary>
public sealed class Postings
{
    // The index adds results in ascending id order, so a new posting joins the last result or starts the next one.
    private readonly List<(int Document, SortedDictionary<int, SearchField> Sections)> _byDocument = [];

    public int DocumentCount => _byDocument.Count;

    /// <summary>Records a word in a section of a result; results come in ascending order, sections in any order.</summary>
    public void Add(int document, int section, SearchField field)
    {
        if (_byDocument.Count == 0 || _byDocument[^1].Document < document)
        {
            _byDocument.Add((document, []));
        }
        else if (_byDocument[^1].Document > document)
        {
            throw new ArgumentOutOfRangeException(nameof(document), document, "results are added in ascending order");
        }

        var sections = _byDocument[^1].Sections;

        if (!sections.TryGetValue(section, out var existing) || existing < field)
        {
            sections[section] = field;
        }
    }

    public IReadOnlyList<int> Encode()
    {
        var encoded = new List<int>();
        var previous = 0;
        foreach (var (document, sections) in _byDocument)
        {
            encoded.Add(document - previous);
            previous = document;
            encoded.Add(sections.Count);
            encoded.AddRange(sections.Select(s => (s.Key * 4) + (int)s.Value));
        }

        return encoded;
    }
}
