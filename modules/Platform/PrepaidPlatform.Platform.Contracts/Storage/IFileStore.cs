namespace PrepaidPlatform.Platform.Storage;

/// <summary>
/// Where uploaded files live (合同、证明文件、承诺书、其它材料). The store names every file itself — a key of the form
/// <c>category/id</c> (<see cref="FileKeys"/>) — so no user-given name or path ever reaches the disk. Check a file
/// (size, content) on a buffered copy before saving it: the store keeps whatever it is given. The original file name,
/// content type and owner belong in the caller's attachment record, beside the key.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Writes <paramref name="content"/> from its current position to the end under a new key in
    /// <paramref name="category"/>. All or nothing: when reading or writing fails (or is cancelled) no file remains.
    /// </summary>
    Task<StoredFile> SaveAsync(string category, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The file for reading, or null when no file has this key. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes the file; false when there was none.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>A saved file: its key, its length in bytes and its SHA-256 (lower-case hex), for the attachment record.</summary>
public sealed record StoredFile(string Key, long Length, string Sha256);
