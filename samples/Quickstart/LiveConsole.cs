using System.Text;

namespace Quickstart;

/// <summary>
/// Writes the tour: indented lines, and model text word-wrapped as its deltas arrive. Only plain writes and
/// newlines, never cursor movement, so the output reads the same in a terminal and redirected to a CI log.
/// </summary>
internal sealed class LiveConsole
{
    private const string Indent = "   ";
    private readonly int _width;
    private int _column;

    public LiveConsole()
    {
        // A redirected stream has no window; a fixed width keeps CI logs readable too.
        var window = Console.IsOutputRedirected ? 0 : SafeWindowWidth();
        _width = window > 40 ? Math.Min(96, window - Indent.Length - 2) : 96;
    }

    public void Heading(string text)
    {
        BreakLine();
        Console.WriteLine();
        Console.WriteLine(text);
    }

    public void Line(string text)
    {
        BreakLine();
        Console.WriteLine(Indent + text);
    }

    /// <summary>Writes a piece of model text where the previous one ended, wrapping at spaces.</summary>
    public void Text(string delta)
    {
        var chunk = new StringBuilder(delta.Length + 8);
        foreach (var c in delta)
        {
            if (_column == 0)
            {
                chunk.Append(Indent);
            }

            if (c == '\n' || (c == ' ' && _column >= _width))
            {
                chunk.Append('\n');
                _column = 0;
                continue;
            }

            chunk.Append(c);
            _column++;
        }

        // One write per delta: the text appears as it arrives, without a flush per character.
        Console.Write(chunk.ToString());
    }

    /// <summary>Ends the text line in progress, if any, so the next line starts at the margin.</summary>
    public void BreakLine()
    {
        if (_column > 0)
        {
            Console.WriteLine();
            _column = 0;
        }
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
