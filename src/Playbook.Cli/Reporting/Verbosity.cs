namespace Playbook.Cli.Reporting;

/// <summary>How much the command line prints besides errors.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
