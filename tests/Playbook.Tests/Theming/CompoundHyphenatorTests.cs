using Playbook.Theming;

namespace Playbook.Tests.Theming;

public class CompoundHyphenatorTests
{
    private const char Shy = CompoundHyphenator.SoftHyphen;

    [Fact]
    public void A_compound_of_two_site_words_breaks_between_them_not_inside_one()
    {
        var hyphenator = new CompoundHyphenator(["De community van de wijk", "Goed management", "Communitymanagement in de wijk"]);
        Assert.Equal($"Community{Shy}management", hyphenator.Hyphenate("Communitymanagement"));
    }

    [Fact]
    public void Every_boundary_of_a_long_compound_is_marked_and_the_linking_s_stays_with_its_modifier()
    {
        var hyphenator = new CompoundHyphenator(["Een onafhankelijke functionaris", "De bescherming van gegevens"]);
        Assert.Equal($"Gegevens{Shy}beschermings{Shy}functionaris", hyphenator.Hyphenate("Gegevensbeschermingsfunctionaris"));
    }

    [Fact]
    public void Short_words_unknown_parts_and_the_text_around_words_are_left_as_they_are()
    {
        var hyphenator = new CompoundHyphenator(["Het klantcontact en de specialist", "Klantcontactspecialist"]);
        Assert.Equal($"Rol: Klantcontact{Shy}specialist, team (5)", hyphenator.Hyphenate("Rol: Klantcontactspecialist, team (5)"));
        Assert.Equal("Wethouder", hyphenator.Hyphenate("Wethouder"));
        Assert.Equal("Zaaksysteembeheer", hyphenator.Hyphenate("Zaaksysteembeheer"));
    }

    [Fact]
    public void A_long_site_word_at_the_start_is_cut_off_when_the_rest_begins_as_a_word_does()
    {
        // The playbook says "informatie" but never "beveiliging" alone: the splitter needs both parts, this rule one.
        var hyphenator = new CompoundHyphenator(["Informatie voor inwoners", "Het beleid", "De organisatie"]);
        Assert.Equal($"Coördinator informatie{Shy}beveiliging en privacy", hyphenator.Hyphenate("Coördinator informatiebeveiliging en privacy"));
        Assert.Equal("Beleidsmedewerkers", hyphenator.Hyphenate("Beleidsmedewerkers"));
        Assert.Equal($"Organisatie{Shy}ontwikkeling", hyphenator.Hyphenate("Organisatieontwikkeling"));
        Assert.Equal("Beleidelijkheden", hyphenator.Hyphenate("Beleidelijkheden"));
        Assert.Equal("Informatiebaarheid", hyphenator.Hyphenate("Informatiebaarheid"));
    }

    [Fact]
    public void A_long_word_without_site_words_to_cut_at_is_cut_at_a_common_dutch_part()
    {
        // "community" appears only inside compounds, so neither the splitter nor a known site word can cut here.
        var hyphenator = new CompoundHyphenator(["Communitymanagement", "De wijkmanager en de webredacteur"]);
        Assert.Equal($"Community{Shy}management", hyphenator.Hyphenate("Communitymanagement"));
        Assert.Equal($"Dienstverlenings{Shy}manager", hyphenator.Hyphenate("Dienstverleningsmanager"));

        // Short compounds keep their plain form, and a part is never cut off with fewer than five letters beside it.
        Assert.Equal("Wijkmanager", hyphenator.Hyphenate("Wijkmanager"));
        Assert.Equal("Webredacteur", hyphenator.Hyphenate("Webredacteur"));
        Assert.Equal("Wijkmanagement", hyphenator.Hyphenate("Wijkmanagement"));
    }

    [Fact]
    public void The_same_vocabulary_in_another_order_marks_the_same_places()
    {
        string[] texts = ["De community van de wijk", "Goed management", "Communitymanagement"];
        Assert.Equal(new CompoundHyphenator(texts).Hyphenate("Communitymanagement"), new CompoundHyphenator(texts.Reverse()).Hyphenate("Communitymanagement"));
    }
}
