namespace Playbook.Theming;

/// <summary>A typed mandate (bevoegdheid) with its kind as a Dutch label.</summary>
public sealed record MandateView(string Kind, string Text);

/// <summary>A competency with the behaviour expected at junior, medior and senior level.</summary>
public sealed record CompetencyView(string Name, string Description, string Junior, string Medior, string Senior);

/// <summary>One dated change of a role.</summary>
public sealed record ChangeView(string Date, string IsoDate, string What, string DecidedBy);

/// <summary>A file to download, with its label and type.</summary>
public sealed record DownloadView(string Title, string Href, string Format);

/// <summary>The HR fields of a role as templates render them; generated mandates come from the role's A cells.</summary>
public sealed record JobProfileView(
    string? Family,
    string? Series,
    string? NormFunction,
    string? Grade,
    string? WorkLevel,
    string? Experience,
    string? Team,
    string? ReportsTo,
    IReadOnlyList<string> Leads,
    IReadOnlyList<MandateView> Mandates,
    IReadOnlyList<LinkView> Accountable,
    IReadOnlyList<LinkView> Responsible,
    IReadOnlyList<CompetencyView> Competencies,
    IReadOnlyList<ChangeView> Changes,
    IReadOnlyList<DownloadView> Downloads);

/// <summary>One job in the guide from roles to jobs: its title, the roles it combines and an fte indication.</summary>
public sealed record JobView(string Title, IReadOnlyList<RoleRefView> Roles, string Fte);

/// <summary>The jobs of a gemeente of one size, with the total fte.</summary>
public sealed record SizeView(string Id, string Name, string? Inhabitants, IReadOnlyList<JobView> Jobs, string TotalFte);

/// <summary>The guide from roles to jobs for the role overview.</summary>
public sealed record RoleGuideView(string? Intro, IReadOnlyList<SizeView> Sizes);

/// <summary>On a role page: the job that holds this role in a gemeente of one size, and which roles come with it.</summary>
public sealed record RoleJobView(string Size, string Job, IReadOnlyList<RoleRefView> With, string Fte);
