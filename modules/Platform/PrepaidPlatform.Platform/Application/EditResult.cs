namespace PrepaidPlatform.Platform.Application;

/// <summary>The outcome of an edit made through a page: saved, or refused with a message the user can act on (in Chinese).</summary>
internal sealed record EditResult(string? Error)
{
    public static readonly EditResult Saved = new((string?)null);

    public bool Succeeded => Error is null;

    public static EditResult Refused(string error) => new(error);
}
