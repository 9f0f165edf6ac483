namespace Playbook.Tests.Support;

/// <summary>Tools some tests need; a missing one fails the test with how to install it, never skips it.</summary>
public static class Requirements
{
    /// <summary>Hunspell and the Dutch dictionary: without them spelling tests would pass without checking anything.</summary>
    public static void DutchHunspell() =>
        Assert.True(
            File.Exists("/usr/share/hunspell/nl_NL.dic") && File.Exists("/usr/bin/hunspell"),
            "Hunspell with the Dutch dictionary is missing: apt-get install -y hunspell hunspell-nl (.ci/run and the pull-request workflow install it)");
}
