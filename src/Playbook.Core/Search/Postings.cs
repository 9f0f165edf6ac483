namespace Playbook.Search;

/// <summary>
/// Where one stem occurs: per result, per section, the highest field it stands in. Encoded for the browser as a flat
/// integer list: for each result in ascending order, the gap to the previous result id, the number of sections, then
/// per section (section * 4 + field), ascending.
/// </summary>
/// <remarks>
/// A large site has millions of (stem, result) pairs, so the list is kept encoded as it grows: only the result being
/// added is open (its sections in a small reused list) and is encoded when the next result starts.
/// </remarks>
public sealed class Postings
{
    private readonly List<int> _encoded = [];

    // The open result: its id and its sections as section * 4 + field; the field is the highest seen so far.
    private readonly List<int> _open = [];
    private int _openDocument = -1;
    private int _previous;

    public int DocumentCount { get; private set; }

    /// <summary>Records a word in a section of a result; results come in ascending order, sections in any order.</summary>
    public void Add(int document, int section, SearchField field)
    {
        if (document > _openDocument)
        {
            Close();
            _openDocument = document;
            DocumentCount++;
        }
        else if (document < _openDocument)
        {
            throw new ArgumentOutOfRangeException(nameof(document), document, "results are added in ascending order");
        }

        var packed = (section * 4) + (int)field;
        for (var i = 0; i < _open.Count; i++)
        {
            if (_open[i] >> 2 == section)
            {
                _open[i] = Math.Max(_open[i], packed);
                return;
            }
        }

        _open.Add(packed);
    }

    public IReadOnlyList<int> Encode()
    {
        if (_open.Count == 0)
        {
            return _encoded.ToList();
        }

        var encoded = new List<int>(_encoded.Count + 2 + _open.Count);
        encoded.AddRange(_encoded);
        Append(encoded, _openDocument - _previous, _open);
        return encoded;
    }

    private void Close()
    {
        if (_open.Count == 0)
        {
            return;
        }

        Append(_encoded, _openDocument - _previous, _open);
        _previous = _openDocument;
        _open.Clear();
    }

    private static void Append(List<int> encoded, int gap, List<int> sections)
    {
        sections.Sort();
        encoded.Add(gap);
        encoded.Add(sections.Count);
        encoded.AddRange(sections);
    }
}
