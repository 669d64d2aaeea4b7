using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class PackageConventionsTests
{
    private static readonly Assembly Core = typeof(ResponsesClient).Assembly;
    private static readonly Assembly Package = typeof(ResponsesContinuationToken).Assembly;

    [Fact]
    public void CorePackage_DoesNotReferenceMicrosoftExtensionsAI()
    {
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.Extensions.AI", StringComparison.Ordinal));
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

        Assert.Equal(["BackgroundResponses.Extensions.AI", "Microsoft.Extensions.AI"], namespaces);
        Assert.Equal([typeof(ResponsesClientChatClientExtensions)], Package.GetExportedTypes().Where(t => t.Namespace == "Microsoft.Extensions.AI"));
    }

    [Fact]
    public void NoExportedTypeOrPublicMember_HasThreeCapitalsInARow()
    {
        // The core package's casing rule (Json, Url, Id); AsIChatClient is MEAI's own name ("I" + "ChatClient"), kept for familiarity.
        var acronymRun = new Regex("[A-Z]{3,}|ID(?![a-z])", RegexOptions.CultureInvariant);
        var names = Package.GetExportedTypes().SelectMany(type => new[] { type.Name }
            .Concat(type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => m.Name))
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).SelectMany(m => m.GetParameters()).Select(p => p.Name!)));

        Assert.DoesNotContain(names, name => acronymRun.IsMatch(name));
    }
}
