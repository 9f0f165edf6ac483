namespace Playbook.Content.Fields;

/// <summary>The keys one YAML mapping may have (a file's top level, or a nested set such as 'hr21' or a step).</summary>
public sealed class FieldSet(IReadOnlyList<Field> fields)
{
    public IReadOnlyList<Field> Fields { get; } = fields;

    public IEnumerable<string> Keys => Fields.Select(f => f.Key);

    public Field? Find(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    public bool Contains(string key) => Find(key) is not null;

    public FieldSet With(params Field[] more) => new([.. Fields, .. more]);

    /// <summary>Every path into this set as editors name it in rules ('purpose', 'resultAreas.tasks', 'grade.from').</summary>
    public IEnumerable<string> Paths()
    {
        foreach (var field in Fields)
        {
            yield return field.Key;
            if (field.Fields is { } inner)
            {
                foreach (var path in inner.Paths())
                {
                    yield return $"{field.Key}.{path}";
                }
            }
        }
    }

    /// <summary>The field a dotted path names, or null when one of its parts is not a key at that level.</summary>
    public Field? Resolve(string path)
    {
        var set = this;
        Field? field = null;
        foreach (var part in path.Split('.'))
        {
            field = set?.Find(part);
            if (field is null)
            {
                return null;
            }

            set = field.Fields;
        }

        return field;
    }
}
