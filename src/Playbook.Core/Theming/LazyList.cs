using System.Collections;

namespace Playbook.Theming;

/// <summary>
/// A read-only list made on its first use: a page's nav items are read only by a theme that renders
/// partials/nav per page, since <see cref="SectionNav"/> renders the nav once per section.
/// </summary>
/// <remarks>Also a non-generic <see cref="IList"/>, so Fluid converts it exactly as it converts a <see cref="List{T}"/>.</remarks>
public sealed class LazyList<T>(Func<IReadOnlyList<T>> make) : IReadOnlyList<T>, IList
{
    private readonly Lazy<List<T>> _items = new(() => [.. make()]);

    public int Count => _items.Value.Count;

    public T this[int index] => _items.Value[index];

    bool IList.IsFixedSize => true;

    bool IList.IsReadOnly => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    object? IList.this[int index]
    {
        get => _items.Value[index];
        set => throw new NotSupportedException();
    }

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    int IList.Add(object? value) => throw new NotSupportedException();

    void IList.Clear() => throw new NotSupportedException();

    bool IList.Contains(object? value) => ((IList)_items.Value).Contains(value);

    int IList.IndexOf(object? value) => ((IList)_items.Value).IndexOf(value);

    void IList.Insert(int index, object? value) => throw new NotSupportedException();

    void IList.Remove(object? value) => throw new NotSupportedException();

    void IList.RemoveAt(int index) => throw new NotSupportedException();

    void ICollection.CopyTo(Array array, int index) => ((ICollection)_items.Value).CopyTo(array, index);
}
