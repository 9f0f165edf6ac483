namespace Playbook.Tests.Support;

/// <summary>The unit tests yield the CPU to the browser project that runs beside them (<see cref="LowPriority"/>).</summary>
public sealed class LowPriorityTests
{
    [Fact]
    public void Tests_run_at_nice_10_on_linux()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // /proc/thread-self/stat: the fields after the command's closing parenthesis; nice is the 19th field of the line.
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        Assert.Equal("10", fields[16]);
    }
}
