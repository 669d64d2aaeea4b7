using System.Reflection;

namespace BackgroundResponses.AspNetCore.Tests;

public class PackageConventionsTests
{
    private static readonly Assembly Core = typeof(ResponsesClient).Assembly;
    private static readonly Assembly Package = typeof(ResponsesWebhookOptions).Assembly;

    [Fact]
    public void CorePackage_DoesNotReferenceAspNetCore()
    {
        var aspNet = Core.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();

        Assert.Empty(aspNet);
    }

    [Fact]
    public void CorePackage_DoesNotExposeItsInternalsToThisPackage()
    {
        var friends = Core.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim());

        Assert.DoesNotContain(Package.GetName().Name!, friends);
    }

    [Fact]
    public void PublicTypes_AreInTheirDocumentedNamespaces()
    {
        var namespaces = Package.GetExportedTypes().Select(t => t.Namespace).Distinct().Order().ToList();

        Assert.Equal(["BackgroundResponses.AspNetCore", "Microsoft.AspNetCore.Builder", "Microsoft.Extensions.DependencyInjection"], namespaces);
    }
}
