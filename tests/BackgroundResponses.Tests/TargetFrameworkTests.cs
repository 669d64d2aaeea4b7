using System.Runtime.Versioning;

namespace BackgroundResponses.Tests;

/// <summary>
/// Each leg of the multi-targeted test run executes the library build of its own target framework on that framework's
/// runtime: the net8.0 leg runs self-contained on .NET 8, so a silent roll-forward to the installed .NET 10 would fail here.
/// </summary>
public class TargetFrameworkTests
{
#if NET10_0
    private const int ExpectedMajor = 10;
#elif NET8_0
    private const int ExpectedMajor = 8;
#endif

    [Fact]
    public void TheTestsRunOnTheRuntimeTheyWereBuiltFor()
    {
        Assert.Equal(ExpectedMajor, Environment.Version.Major);
    }

    [Fact]
    public void TheLibrariesUnderTestAreTheBuildsForThatFramework()
    {
        var expected = FormattableString.Invariant($".NETCoreApp,Version=v{ExpectedMajor}.0");

        Assert.Equal(expected, typeof(ResponsesClient).Assembly.GetCustomAttributes(typeof(TargetFrameworkAttribute), false).Cast<TargetFrameworkAttribute>().Single().FrameworkName);
        Assert.Equal(expected, typeof(BackgroundResponses.Testing.FakeResponsesServer).Assembly.GetCustomAttributes(typeof(TargetFrameworkAttribute), false).Cast<TargetFrameworkAttribute>().Single().FrameworkName);
    }
}
