using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Playbook.Tests.Support;

/// <summary>Runs this project's tests at nice 10, so beside the browser project they take the CPU Chromium leaves idle.</summary>
/// <remarks>
/// `dotnet test Playbook.sln` runs the two test projects side by side (Directory.Solution.targets). At equal priority
/// this CPU-bound project and Chromium starved each other on two cores (bench/results/tests.md, session 5); at a lower
/// one the browser project keeps its pace and these tests fill its waits. Alone on a machine they run as fast as before.
/// </remarks>
internal static class LowPriority
{
    private const int Nice = 10;

    // A module initializer runs once, before the first test touches this assembly.
#pragma warning disable CA2255 // the test assembly is the program here, not a library others load
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // On Linux a nice value belongs to a thread, and a new thread or child process inherits its creator's: lowering
        // every thread that runs now lowers every thread and process (the CLI, hunspell, node, git) that comes after.
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            if (uint.TryParse(Path.GetFileName(task), out var threadId))
            {
                _ = NativeMethods.SetPriority(NativeMethods.PrioProcess, threadId, Nice);
            }
        }
    }

    private static class NativeMethods
    {
        internal const int PrioProcess = 0;

        [DllImport("libc", EntryPoint = "setpriority")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int SetPriority(int which, uint who, int prio);
    }
}
