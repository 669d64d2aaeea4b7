using System.Reflection;
using System.Text.RegularExpressions;

namespace BackgroundResponses.Azure.Tests;

/// <summary>The package's public surface follows the core's rules (see tests/BackgroundResponses.Tests/PublicApiConventionsTests.cs).</summary>
public partial class PublicApiTests
{
    private static readonly Assembly Package = typeof(AzureResponsesEndpoint).Assembly;

    [Fact]
    public void ThePublicSurface_IsWhatTheDocsDescribe()
    {
        Assert.Equal(
            ["AzureResponsesEndpoint", "Microsoft.Extensions.DependencyInjection.AzureResponsesClientServiceCollectionExtensions", "ResponsesClientOptionsAzureExtensions"],
            Package.GetExportedTypes().Select(t => t.Namespace == "BackgroundResponses.Azure" ? t.Name : t.FullName!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoPublicName_HasThreeCapitalsInARow()
    {
        var names = Package.GetExportedTypes()
            .SelectMany(t => new[] { t.Name }
                .Concat(t.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name))
                .Concat(t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).SelectMany(m => m.GetParameters()).Select(p => p.Name!)));

        Assert.DoesNotContain(names, n => AcronymRun().IsMatch(n));
    }

    [Fact]
    public void ThePackage_DoesNotDependOnAzureIdentity() =>
        Assert.DoesNotContain(Package.GetReferencedAssemblies(), a => a.Name == "Azure.Identity");

    [GeneratedRegex("[A-Z]{3,}|ID(?![a-z])")]
    private static partial Regex AcronymRun();
}
