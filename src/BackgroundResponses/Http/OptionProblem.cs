namespace BackgroundResponses;

/// <summary>One option out of range: its name (dotted from the client's options), its value and what is wrong.</summary>
internal readonly record struct OptionProblem(string Name, object? Value, string Message)
{
    /// <summary>The text of a validation failure: the setting's name and the rule, never the value (it could be a secret put in the wrong place).</summary>
    public override string ToString() => $"{Name}: {Message}";
}
