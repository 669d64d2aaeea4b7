using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using BackgroundResponses.Testing;

namespace BackgroundResponses.Tests;

/// <summary>
/// Naming and shape rules of the public surface of both shipped packages, checked over the compiled assemblies so a
/// new type cannot slip past them once the API is frozen.
/// </summary>
public partial class PublicApiConventionsTests
{
    private static readonly Assembly Library = typeof(ResponsesClient).Assembly;
    private static readonly Assembly TestingPackage = typeof(FakeResponsesServer).Assembly;

    // Leaf model classes are sealed so the API can add members without breaking subclasses nobody should write.
    // None is exempt today; a class that must stay open goes here with its reason.
    private static readonly HashSet<string> UnsealedLeafAllowList = new(StringComparer.Ordinal);

    private static readonly string[] LeafSuffixes = ["Event", "Item", "Part", "Annotation", "Tool", "Format"];

    private static readonly Type[] ModelBases =
        [typeof(ResponseStreamEvent), typeof(ResponseItem), typeof(ResponseContentPart), typeof(ResponseAnnotation), typeof(ResponseTool), typeof(ResponseTextFormat)];

    public static TheoryData<string> ShippedAssemblies() => [Library.GetName().Name!, TestingPackage.GetName().Name!];

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void NoExportedType_IsNamedResponse(string assemblyName)
    {
        // "Response" collides with WireMock.ResponseBuilders.Response and ASP.NET's HttpContext.Response in user code.
        Assert.DoesNotContain(ExportedTypes(assemblyName), t => t.Name == "Response");
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void NoExportedTypeOrPublicMember_HasThreeCapitalsInARow(string assemblyName)
    {
        var offenders = new List<string>();
        foreach (var type in ExportedTypes(assemblyName))
        {
            if (HasAcronymRun(TypeName(type)))
            {
                offenders.Add(type.FullName!);
            }

            foreach (var member in VisibleDeclaredMembers(type))
            {
                if (HasAcronymRun(member.Name))
                {
                    offenders.Add($"{type.FullName}.{member.Name}");
                }

                if (member is MethodBase method)
                {
                    offenders.AddRange(method.GetParameters().Where(p => HasAcronymRun(p.Name!)).Select(p => $"{type.FullName}.{member.Name}({p.Name})"));
                }
            }
        }

        Assert.True(offenders.Count == 0, ".NET casing wants Mcp, Json, Url, Api (and Id, not ID): " + string.Join(", ", offenders));
    }

    [Fact]
    public void AcronymRun_IsThreeCapitalsInARow_OrAnUpperCaseId()
    {
        Assert.True(HasAcronymRun("ResponseMCPCallFailedEvent"));
        Assert.True(HasAcronymRun("ToJSON"));
        Assert.True(HasAcronymRun("BaseURL"));
        Assert.True(HasAcronymRun("ResponseID"));
        Assert.True(HasAcronymRun("IDToken"));
        Assert.False(HasAcronymRun("ResponseMcpCallFailedEvent"));
        Assert.False(HasAcronymRun("PreviousResponseId"));
        Assert.False(HasAcronymRun("IDictionary"));
        Assert.False(HasAcronymRun("IStringValue"));
    }

    [Fact]
    public void LeafModelClasses_AreSealed()
    {
        var unsealed = ExportedTypes(Library.GetName().Name!)
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && t.Namespace == "BackgroundResponses")
            .Where(t => LeafSuffixes.Any(suffix => t.Name.EndsWith(suffix, StringComparison.Ordinal)) || ModelBases.Any(t.IsSubclassOf))
            .Where(t => !UnsealedLeafAllowList.Contains(t.Name))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unsealed.Count == 0, "Unsealed leaf classes: " + string.Join(", ", unsealed));
    }

    [Fact]
    public void Library_DoesNotExposeItsInternalsToTheTestingPackage()
    {
        var friends = Library.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim()).ToList();

        Assert.DoesNotContain(TestingPackage.GetName().Name!, friends);
        Assert.Equal(["BackgroundResponses.Benchmarks", "BackgroundResponses.Tests"], friends.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TestingPackage_ReferencesOnlyPublicTypesAndMembersOfTheLibrary()
    {
        // Belt and braces for the check above: what the compiled fake binds to must be public, or a newer or older
        // library next to it could fail with MissingMethodException or TypeLoadException.
        using var stream = File.OpenRead(TestingPackage.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var libraryName = Library.GetName().Name!;
        var offenders = new List<string>();
        var boundTypes = 0;

        foreach (var handle in metadata.TypeReferences)
        {
            if (ResolveLibraryType(metadata, handle, libraryName) is not { } typeName)
            {
                continue;
            }

            boundTypes++;
            var type = Library.GetType(typeName);
            if (type is null || !type.IsVisible)
            {
                offenders.Add(typeName);
            }
        }

        foreach (var handle in metadata.MemberReferences)
        {
            var reference = metadata.GetMemberReference(handle);
            if (reference.Parent.Kind != HandleKind.TypeReference
                || ResolveLibraryType(metadata, (TypeReferenceHandle)reference.Parent, libraryName) is not { } typeName
                || Library.GetType(typeName) is not { } type)
            {
                continue;
            }

            var name = metadata.GetString(reference.Name);
            var visible = type.GetMember(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy);
            if (visible.Length == 0)
            {
                offenders.Add($"{typeName}.{name}");
            }
        }

        Assert.True(boundTypes > 10, $"Only {boundTypes} library types found: the metadata walk is broken.");
        Assert.True(offenders.Count == 0, "Non-public library API used by the Testing package: " + string.Join(", ", offenders));
    }

    private static IEnumerable<Type> ExportedTypes(string assemblyName) =>
        (assemblyName == Library.GetName().Name ? Library : TestingPackage).GetExportedTypes();

    private static IEnumerable<MemberInfo> VisibleDeclaredMembers(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.MemberType != MemberTypes.Constructor && m.MemberType != MemberTypes.NestedType)
            .Where(m => !(m is MethodBase { IsSpecialName: true }) && !m.Name.Contains('<', StringComparison.Ordinal))
            .Where(IsVisibleOutside);

    private static bool IsVisibleOutside(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleOutside),
        EventInfo @event => @event.AddMethod is { } add && IsVisibleOutside(add),
        _ => false,
    };

    private static string TypeName(Type type) => type.Name.Split('`')[0];

    private static bool HasAcronymRun(string name) => AcronymRun().IsMatch(name);

    private static string? ResolveLibraryType(MetadataReader metadata, TypeReferenceHandle handle, string libraryName)
    {
        var reference = metadata.GetTypeReference(handle);
        var name = metadata.GetString(reference.Name);
        var ns = metadata.GetString(reference.Namespace);
        switch (reference.ResolutionScope.Kind)
        {
            case HandleKind.AssemblyReference:
                var assembly = metadata.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope);
                return metadata.GetString(assembly.Name) == libraryName ? (ns.Length > 0 ? ns + "." : string.Empty) + name : null;
            case HandleKind.TypeReference:
                return ResolveLibraryType(metadata, (TypeReferenceHandle)reference.ResolutionScope, libraryName) is { } outer ? outer + "+" + name : null;
            default:
                return null;
        }
    }

    // Three capitals in a row (MCP, JSON, URL, API, and a two-letter acronym run into the next word), or ID for Id.
    [GeneratedRegex("[A-Z]{3,}|ID(?![a-z])")]
    private static partial Regex AcronymRun();
}
