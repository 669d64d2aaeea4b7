using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

// Usage: BackgroundResponses.PackageCheck <feed folder> <version> <package id>...
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: BackgroundResponses.PackageCheck <feed folder> <version> <package id>...");
    return 2;
}

var feed = args[0];
var version = args[1];
var failures = new List<string>();

// A local path in a shipped file: the machine's checkout, temp or home folders, in UTF-8 or UTF-16 (as in resources).
string[] localPrefixes = ["/work/", "/tmp/", "/home/", "/root/", "C:\\", "/Users/"];
var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var relativeLink = new Regex(@"\]\((?!https://)[^)]*\)", RegexOptions.CultureInvariant);

// The dependencies each package declares, per target framework (ids; versions are checked by line below). The net8.0
// group asks for the Microsoft.Extensions.* 8.0 line so that a net8.0 app is not lifted onto 10.0 by referencing us
// (see Directory.Packages.props); a test build can't show this, since test projects' own references lift their net8.0 leg.
string[] core10 = ["Microsoft.Extensions.Http", "Microsoft.Extensions.Options.ConfigurationExtensions", "Polly.Core"];
string[] core8 = [.. core10, "Microsoft.Extensions.Configuration.Binder", "System.Net.ServerSentEvents"];
var expectedDependencies = new Dictionary<string, Dictionary<string, string[]>>
{
    ["BackgroundResponses"] = new() { ["net10.0"] = core10, ["net8.0"] = core8 },
    ["BackgroundResponses.Testing"] = new() { ["net10.0"] = ["BackgroundResponses"], ["net8.0"] = ["BackgroundResponses"] },
    ["BackgroundResponses.AspNetCore"] = new() { ["net10.0"] = ["BackgroundResponses"], ["net8.0"] = ["BackgroundResponses"] },
    ["BackgroundResponses.Extensions.AI"] = new()
    {
        ["net10.0"] = ["BackgroundResponses", "Microsoft.Extensions.AI.Abstractions"],
        ["net8.0"] = ["BackgroundResponses", "Microsoft.Extensions.AI.Abstractions"],
    },
    ["BackgroundResponses.Azure"] = new() { ["net10.0"] = ["BackgroundResponses", "Azure.Core"], ["net8.0"] = ["BackgroundResponses", "Azure.Core"] },
};

// The version line a dependency must be on, by target framework; null where any version goes. Microsoft.Extensions.AI.*
// has no 8.0 line (its 10.x serves net8.0 too); System.Net.ServerSentEvents first shipped with .NET 9.
static string? ExpectedLine(string framework, string dependency) => dependency switch
{
    _ when dependency.StartsWith("Microsoft.Extensions.AI.", StringComparison.Ordinal) => null,
    _ when dependency.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) => framework == "net8.0" ? "8.0." : "10.0.",
    "System.Net.ServerSentEvents" => framework == "net8.0" ? "9.0." : "10.0.",
    _ => null,
};

foreach (var id in args.Skip(2))
{
    var nupkg = Path.Combine(feed, $"{id}.{version}.nupkg");
    var snupkg = Path.Combine(feed, $"{id}.{version}.snupkg");
    if (!File.Exists(nupkg) || !File.Exists(snupkg))
    {
        failures.Add($"{id}: {Path.GetFileName(nupkg)} or its .snupkg is missing from {feed}");
        continue;
    }

    using var package = ZipFile.OpenRead(nupkg);
    using var symbols = ZipFile.OpenRead(snupkg);
    var nuspec = XDocument.Load(package.GetEntry($"{id}.nuspec")!.Open()).Root!;
    var metadata = nuspec.Elements().Single(e => e.Name.LocalName == "metadata");
    string? Meta(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
    XElement? MetaElement(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    Expect(Meta("version") == version, $"{id}: nuspec version {Meta("version")}, expected {version}");
    Expect(Meta("readme") == "README.md" && package.GetEntry("README.md") is not null, $"{id}: no README.md readme");
    Expect(MetaElement("license")?.Attribute("type")?.Value == "expression" && Meta("license") == "MIT", $"{id}: no MIT license expression");
    Expect(Meta("projectUrl")?.StartsWith("https://", StringComparison.Ordinal) == true, $"{id}: no https projectUrl");
    var repository = MetaElement("repository");
    Expect(repository?.Attribute("type")?.Value == "git" && repository.Attribute("url")?.Value.StartsWith("https://", StringComparison.Ordinal) == true, $"{id}: no git repository url");
    Expect(!string.IsNullOrWhiteSpace(Meta("description")), $"{id}: no description");

    var groups = MetaElement("dependencies")?.Elements().Where(e => e.Name.LocalName == "group").ToList() ?? [];
    if (expectedDependencies.TryGetValue(id, out var expectedGroups))
    {
        var frameworks = groups.Select(g => g.Attribute("targetFramework")?.Value ?? "(none)").Order(StringComparer.Ordinal).ToList();
        Expect(frameworks.SequenceEqual(expectedGroups.Keys.Order(StringComparer.Ordinal)), $"{id}: dependency groups {string.Join(", ", frameworks)}, expected {string.Join(", ", expectedGroups.Keys)}");
        foreach (var group in groups)
        {
            var framework = group.Attribute("targetFramework")?.Value ?? "(none)";
            if (!expectedGroups.TryGetValue(framework, out var expectedIds))
            {
                continue;
            }

            var before = failures.Count;
            var dependencies = group.Elements().Where(e => e.Name.LocalName == "dependency")
                .Select(d => (Id: d.Attribute("id")?.Value ?? string.Empty, Version: d.Attribute("version")?.Value ?? string.Empty)).ToList();
            var ids = dependencies.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
            Expect(ids.SequenceEqual(expectedIds.Order(StringComparer.Ordinal)), $"{id}: {framework} depends on {string.Join(", ", ids)}; expected {string.Join(", ", expectedIds)}");
            foreach (var (dependency, range) in dependencies)
            {
                // A plain version is a minimum; a range "[a, b)" starts with its minimum.
                var minimum = range.TrimStart('[', '(').Split(',')[0].Trim();
                if (dependency.StartsWith("BackgroundResponses", StringComparison.Ordinal))
                {
                    Expect(minimum == version, $"{id}: {framework} depends on {dependency} {range}, expected {version}");
                }
                else if (ExpectedLine(framework, dependency) is { } line)
                {
                    Expect(minimum.StartsWith(line, StringComparison.Ordinal), $"{id}: {framework} depends on {dependency} {range}, expected a version on the {line}x line");
                }
            }

            if (failures.Count == before)
            {
                Console.WriteLine($"{id}: {framework}: {string.Join(", ", dependencies.Select(d => $"{d.Id} {d.Version}"))}");
            }
        }
    }
    else
    {
        failures.Add($"{id}: no expected dependencies recorded in the package check");
    }

    if (package.GetEntry("README.md") is { } readmeEntry)
    {
        using var reader = new StreamReader(readmeEntry.Open());
        var readme = reader.ReadToEnd();
        Expect(readme.StartsWith($"# {id}\n", StringComparison.Ordinal), $"{id}: the readme is not the package's own (it must start with '# {id}')");
        Expect(readme.Contains($"dotnet add package {id} --prerelease", StringComparison.Ordinal), $"{id}: the readme has no install command");
        foreach (Match link in relativeLink.Matches(readme))
        {
            failures.Add($"{id}: relative link in the readme: {link.Value}");
        }
    }

    foreach (var entry in package.Entries.Concat(symbols.Entries))
    {
        var bytes = Read(entry);
        foreach (var prefix in localPrefixes)
        {
            if (Contains(bytes, Encoding.UTF8.GetBytes(prefix)) || Contains(bytes, Encoding.Unicode.GetBytes(prefix)))
            {
                failures.Add($"{id}: {entry.FullName} contains the local path prefix {prefix}");
            }
        }
    }

    var assemblies = package.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
    Expect(assemblies.Count > 0, $"{id}: no assembly under lib/");
    foreach (var assembly in assemblies)
    {
        var pdbName = Path.ChangeExtension(assembly.FullName, ".pdb");
        if (symbols.GetEntry(pdbName) is not { } pdbEntry)
        {
            failures.Add($"{id}: {pdbName} is missing from the .snupkg");
            continue;
        }

        var before = failures.Count;
        using var pe = new PEReader(new MemoryStream(Read(assembly)));
        var codeView = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.CodeView).Select(pe.ReadCodeViewDebugDirectoryData).ToList();
        Expect(codeView.Count == 1 && codeView[0].Path.StartsWith("/_/", StringComparison.Ordinal), $"{id}: {assembly.FullName} names its PDB by a local path: {string.Join(", ", codeView.Select(c => c.Path))}");
        Expect(pe.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.Reproducible), $"{id}: {assembly.FullName} is not a deterministic build");

        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Read(pdbEntry)));
        var pdb = pdbProvider.GetMetadataReader();
        var embedded = pdb.CustomDebugInformation.Select(pdb.GetCustomDebugInformation)
            .Where(c => c.Parent.Kind == HandleKind.Document && pdb.GetGuid(c.Kind) == embeddedSource)
            .Select(c => (DocumentHandle)c.Parent).ToHashSet();
        foreach (var handle in pdb.Documents)
        {
            var name = pdb.GetString(pdb.GetDocument(handle).Name);
            Expect(name.StartsWith("/_/", StringComparison.Ordinal), $"{id}: {pdbName} has a document with a local path: {name}");
            Expect(embedded.Contains(handle), $"{id}: {pdbName} does not embed the source of {name}");
        }

        Expect(pdb.Documents.Count > 0, $"{id}: {pdbName} has no documents");
        if (failures.Count == before)
        {
            Console.WriteLine($"{id}: {assembly.FullName}: deterministic, {pdb.Documents.Count} sources embedded in its PDB, paths under /_/");
        }
    }
}

foreach (var failure in failures)
{
    Console.Error.WriteLine("package check failed: " + failure);
}

Console.WriteLine(failures.Count == 0 ? $"package check: {args.Length - 2} packages passed" : $"package check: {failures.Count} failures");
return failures.Count == 0 ? 0 : 1;

void Expect(bool condition, string failure)
{
    if (!condition)
    {
        failures.Add(failure);
    }
}

static byte[] Read(ZipArchiveEntry entry)
{
    using var stream = entry.Open();
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    return buffer.ToArray();
}

static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
