using BackgroundResponses;

namespace DeepResearch;

/// <summary>The resume token of the last event received, kept in a file so that the next start can go on from it.</summary>
public sealed class TokenStore(string path)
{
    /// <summary>Gets the file.</summary>
    public string Path { get; } = path;

    /// <summary>The saved token, or <see langword="null"/> when there is no file.</summary>
    /// <returns>The token.</returns>
    /// <exception cref="InvalidDataException">The file holds something else: refusing beats silently paying for a second run.</exception>
    public ResponseResumeToken? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var text = File.ReadAllText(Path).Trim();
        return ResponseResumeToken.TryParse(text, out var token)
            ? token
            : throw new InvalidDataException($"{Path} does not hold a resume token; delete it to start a new run.");
    }

    /// <summary>Writes to a temporary file and moves it into place, so an interruption mid-write never leaves half a token.</summary>
    /// <param name="token">The token of the last event received.</param>
    public void Save(ResponseResumeToken token)
    {
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, token.ToString());
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>Removes the file: the run is over, nothing is left to resume.</summary>
    public void Delete() => File.Delete(Path);
}
