namespace Playbook.Search;

/// <summary>
/// Words too common to search on (Snowball's Dutch stop list plus a few question words). They are left out of the
/// index; the browser receives this list in the index manifest, so there is one list, here.
/// </summary>
public static class DutchStopWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "aan", "al", "alle", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze",
        "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had",
        "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja",
        "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet",
        "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch",
        "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "welk", "welke", "werd",
        "wezen", "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou",
    ];

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    /// <summary>Whether a folded token is a stop word.</summary>
    public static bool Contains(string folded) => Set.Contains(folded);
}
