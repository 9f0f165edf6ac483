using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Playbook.Pipelines;

namespace Playbook.Theming.CatalogReads;

/// <summary>
/// The fingerprint of a value templates see (a view record, a list of them, text, a number): all of it, nested
/// records and lists included, so two equal fingerprints mean a template reading it writes the same.
/// </summary>
public static class ViewValue
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    // Views are immutable and kept between saves while their inputs hold: each member is hashed once per view instance.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Fingerprint>> Members = [];

    /// <summary>The fingerprint of <paramref name="owner"/>'s member <paramref name="property"/>, remembered with the owner.</summary>
    public static Fingerprint OfMember(object owner, PropertyInfo property) =>
        Members.GetOrCreateValue(owner).GetOrAdd(property.Name, _ => Of(property.GetValue(owner)));

    /// <summary>The fingerprint of <paramref name="value"/> and everything in it.</summary>
    public static Fingerprint Of(object? value)
    {
        using var builder = new FingerprintBuilder();
        Add(builder, value);
        return builder.Finish();
    }

    private static void Add(FingerprintBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Add((string?)null);
                break;
            case string text:
                builder.Add("s").Add(text);
                break;
            case bool or int or long or double or decimal:
                builder.Add(value.GetType().Name).Add(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                builder.Add("[");
                foreach (var item in items)
                {
                    Add(builder, item);
                }

                builder.Add("]");
                break;
            default:
                AddRecord(builder, value);
                break;
        }
    }

    private static void AddRecord(FingerprintBuilder builder, object value)
    {
        var type = value.GetType();
        if (type.Namespace != typeof(RoleView).Namespace || !type.Name.EndsWith("View", StringComparison.Ordinal))
        {
            // A value no view record declares would be hashed by what it prints, which may not be all it shows.
            throw new InvalidOperationException($"A template value of type {type.FullName} cannot be fingerprinted; views hold only view records, lists, text and numbers.");
        }

        builder.Add(type.Name);
        foreach (var property in Properties.GetOrAdd(type, t => [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal)]))
        {
            Add(builder, property.GetValue(value));
        }
    }
}
