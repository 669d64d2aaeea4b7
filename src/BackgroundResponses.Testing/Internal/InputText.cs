using System.Text;

namespace BackgroundResponses.Testing;

/// <summary>The plain text of a request's input, for replies that quote it.</summary>
internal static class InputText
{
    public static string Of(CreateResponseRequest request)
    {
        if (request.Input?.Text is { } text)
        {
            return text;
        }

        var builder = new StringBuilder();
        foreach (var item in request.Input?.Items ?? [])
        {
            if (item is not MessageItem message)
            {
                continue;
            }

            foreach (var part in message.Content)
            {
                var partText = part switch
                {
                    InputTextPart input => input.Text,
                    OutputTextPart output => output.Text,
                    _ => null,
                };
                if (partText is not null)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    builder.Append(partText);
                }
            }
        }

        return builder.ToString();
    }
}
