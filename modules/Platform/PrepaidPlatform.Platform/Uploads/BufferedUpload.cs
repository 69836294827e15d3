namespace PrepaidPlatform.Platform.Uploads;

/// <summary>
/// An upload read into memory, at most one byte past its limit, so it can be checked before anything of it is kept:
/// only a checked copy goes on to <c>IFileStore</c>, and a refused one is simply dropped.
/// </summary>
public sealed class BufferedUpload
{
    private readonly byte[] _content;

    private BufferedUpload(byte[] content, bool tooLarge)
    {
        _content = content;
        TooLarge = tooLarge;
    }

    /// <summary>The upload is larger than the limit it was read with (then nothing of it is held).</summary>
    public bool TooLarge { get; }

    public ReadOnlySpan<byte> Content => _content;

    public long Length => _content.Length;

    /// <summary>A read-only stream over the buffered bytes, for <c>IFileStore.SaveAsync</c> or a parser.</summary>
    public Stream OpenRead() => new MemoryStream(_content, writable: false);

    public static async Task<BufferedUpload> ReadAsync(Stream content, long limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            if (buffer.Length > limit)
            {
                return new BufferedUpload([], tooLarge: true);
            }
        }

        return new BufferedUpload(buffer.ToArray(), tooLarge: false);
    }
}
