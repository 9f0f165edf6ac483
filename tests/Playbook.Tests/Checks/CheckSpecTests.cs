namespace Playbook.Tests.Checks;

/// <summary>Every spec in Checks/Specs: one per rule (it fires with the right code, file and line), and clean ones (no false positives).</summary>
public sealed class CheckSpecTests
{
    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Spec_reports_exactly_the_expected_diagnostics(string spec)
    {
        var check = CheckSpec.Load(spec);
        check.Verify(await check.RunAsync());
    }

    public static IEnumerable<object[]> Specs() => CheckSpec.All();
}
