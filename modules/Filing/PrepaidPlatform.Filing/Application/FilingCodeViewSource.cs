using PrepaidPlatform.Platform.Caching;

namespace PrepaidPlatform.Filing.Application;

/// <summary>The filing-code page's stored views (<see cref="FilingCodeReader.ViewKind"/>): every filing's number, city-wide.</summary>
internal sealed class FilingCodeViewSource(IPublicOperatorRegister register, FilingCodeReader reader, PublicViewStore views) : IPublicViewSource
{
    public string Kind => FilingCodeReader.ViewKind;

    public Task<IReadOnlyList<string>> KeysAfterAsync(string? after, int count, CancellationToken cancellationToken) =>
        register.NumbersAfterAsync(after, count, cancellationToken);

    public Task<int> BuildAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        views.BuildAsync(Kind, keys, key => reader.LiveAsync(key, cancellationToken), FilingViewJson.Stored.FilingCodeView, cancellationToken);
}
