namespace Playbook.Search;

/// <summary>
/// Where one stem occurs: per result, per section, the highest field it stands in. Encoded for the browser as a flat
/// integer list: for each result in ascending order, the gap to the previous result id, the number of sections, then
/// per section (section * 4 + field), ascending.
/// </summary>
public sealed class Postings
{
    private readonly SortedDictionary<int, SortedDictionary<int, SearchField>> _byDocument = [];

    public int DocumentCount => _byDocument.Count;

    public void Add(int document, int section, SearchField field)
    {
        if (!_byDocument.TryGetValue(document, out var sections))
        {
            _byDocument[document] = sections = [];
        }

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
