using BackgroundResponses;

namespace WorkerService;

/// <summary>Reads the worker's token file from outside the worker, to stop it mid-stream in the demo and the tests.</summary>
public static class TokenFile
{
    /// <summary>Waits until the file holds a token past <paramref name="sequenceNumber"/>.</summary>
    /// <param name="path">The token file.</param>
    /// <param name="sequenceNumber">The event the job must have passed.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The token read.</returns>
    public static async Task<ResponseResumeToken> WaitUntilPastAsync(string path, int sequenceNumber, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Read(path) is { LastSequenceNumber: { } last } token && last > sequenceNumber)
            {
                return token;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    /// <summary>The token in the file, or <see langword="null"/> when there is none (yet, or any more).</summary>
    /// <param name="path">The token file.</param>
    /// <returns>The token, or <see langword="null"/>.</returns>
    public static ResponseResumeToken? Read(string path)
    {
        try
        {
            return ResponseResumeToken.TryParse(File.ReadAllText(path).Trim(), out var token) ? token : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
