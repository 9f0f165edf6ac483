namespace Playbook.Build;

/// <summary>The names of the build's pipelines, for declaring dependencies and reading outputs.</summary>
public static class BuildPipelines
{
    public const string Pages = "pages";
    public const string Roles = "roles";
    public const string Matrices = "matrices";
    public const string Examples = "examples";
    public const string Catalog = "catalog";
    public const string Generated = "generated";
    public const string Html = "html";
    public const string Assets = "assets";
    public const string Sitemap = "sitemap";
    public const string Checks = "checks";
    public const string Spelling = "spelling";
    public const string Search = "search";
    public const string Downloads = "downloads";
    public const string Combinations = "combinations";
    public const string Redirects = "redirects";
    public const string Glossary = "glossary";
}
