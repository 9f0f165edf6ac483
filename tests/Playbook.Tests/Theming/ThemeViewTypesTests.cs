using System.Reflection;
using Fluid;
using Playbook.Theming;

namespace Playbook.Tests.Theming;

/// <summary>Templates can read every view record: the explicit list a NativeAOT publish relies on misses none.</summary>
public sealed class ThemeViewTypesTests
{
    [Fact]
    public void Every_view_record_of_the_theming_namespace_has_its_properties_registered_for_templates()
    {
        var strategy = new DefaultMemberAccessStrategy();
        ThemeViewTypes.RegisterAll(strategy);

        var views = typeof(PageView).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(typeof(SiteView), views);
        var unreadable = views
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p.Name)))
            .Where(m => strategy.GetAccessor(m.Type, m.Property) is null)
            .Select(m => $"{m.Type.Name}.{m.Property}")
            .ToList();
        Assert.Empty(unreadable);
    }
}
