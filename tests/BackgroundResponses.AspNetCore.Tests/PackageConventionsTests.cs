using System.Reflection;
using System.Text.RegularExpressions;

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

    [Fact]
    public void NoExportedTypeOrPublicMember_HasThreeCapitalsInARow()
    {
        // The same casing rule as the core package's PublicApiConventionsTests: Json, Url, Id, never JSON, URL, ID.
        var acronymRun = new Regex("[A-Z]{3,}|ID(?![a-z])", RegexOptions.CultureInvariant);
        var names = Package.GetExportedTypes().SelectMany(type => new[] { type.Name }
            .Concat(type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => m.Name))
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).SelectMany(m => m.GetParameters()).Select(p => p.Name!)));

        Assert.DoesNotContain(names, name => acronymRun.IsMatch(name));
    }
}
