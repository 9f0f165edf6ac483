using Playbook.Search;

namespace Playbook.Tests.Search;

public sealed class HtmlTextTests
{
    [Fact]
    public void A_diagram_with_its_data_table_adds_no_text_to_the_section_it_stands_in()
    {
        const string html = """
            <p>De webcare ligt bij het KCC.</p>
            <figure class="pb-diagram"><svg><text>Klantcontactcentrum</text></svg><figcaption>Wie doet wat</figcaption>
            <details><summary>Gegevens van dit diagram als tabel</summary><table><tr><td>R</td></tr></table></details></figure>
            <h2 id="verder">Verder</h2><p>Meer tekst.</p>
            """;

        var sections = HtmlText.Sections(html);

        Assert.Equal("De webcare ligt bij het KCC.", sections[0].Text);
        Assert.Equal(("verder", "Verder", "Meer tekst."), (sections[1].Anchor, sections[1].Heading, sections[1].Text));
    }
}
