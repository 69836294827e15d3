using System.Buffers;
using System.Security.Cryptography;
using PrepaidPlatform.Platform.Operations;

namespace PrepaidPlatform.Platform.Storage;

/// <summary>
/// Files on the local disk (or a shared volume mounted by every host instance), one file per key under
/// <c>root/category/id</c>. A save writes to <c>root/.incoming/</c> first and moves the finished file into place, a
/// rename on the same volume, so a reader never sees half a file and a failed or cancelled upload leaves nothing. With
/// <see cref="FileEncryption"/> (the host always gives one) files are encrypted on disk and decrypted when opened.
/// </summary>
internal sealed class LocalFileStore : IFileStore
{
    private const string IncomingFolder = ".incoming";
    private const int BufferSize = 81920;

    private readonly string _root;
    private readonly PausePoints _pauses;
    private readonly FileEncryption? _encryption;

    /// <param name="root">A full path, checked by <see cref="FileStorageRoot.Resolve"/>.</param>
    /// <param name="encryption">None: files are kept as given (the store's own tests).</param>
    public LocalFileStore(string root, PausePoints? pauses = null, FileEncryption? encryption = null)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _pauses = pauses ?? PausePoints.None;
        _encryption = encryption;
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public async Task<StoredFile> SaveAsync(string category, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = FileKeys.New(category);
        var target = PathOf(key);
        var incoming = Path.Combine(_root, IncomingFolder);
        Directory.CreateDirectory(incoming);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".part");

        var size = _encryption is null ? BufferSize : FileEncryption.SegmentSize;
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            await using (var file = new FileStream(temp, CreateOptions()))
            {
                if (_encryption is not null)
                {
                    await FileEncryption.StartAsync(file, cancellationToken);
                }

                int read;
                for (long segment = 0; (read = await ReadAsync(content, buffer.AsMemory(0, size), cancellationToken)) > 0; segment++)
                {
                    sha256.AppendData(buffer, 0, read);
                    await (_encryption is null
                        ? file.WriteAsync(buffer.AsMemory(0, read), cancellationToken)
                        : _encryption.WriteSegmentAsync(file, segment, buffer.AsMemory(0, read), cancellationToken));
                    length += read;
                }

                if (_encryption is not null)
                {
                    await FileEncryption.FinishAsync(file, length, cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: false);
            // A crash test's point: the file is under its key, the caller's row not yet committed.
            await _pauses.ReachedAsync("file-stored");
            return new StoredFile(key, length, Convert.ToHexStringLower(sha256.GetHashAndReset()));
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (_encryption is null || !await FileEncryption.IsEncryptedAsync(stream, cancellationToken))
        {
            return stream;
        }

        await using (stream)
        {
            return await _encryption.DecryptAsync(stream, cancellationToken);
        }
    }

    /// <summary>Fills the buffer unless the content ends first: every encrypted segment but the last is whole.</summary>
    private static async ValueTask<int> ReadAsync(Stream content, Memory<byte> buffer, CancellationToken cancellationToken) =>
        await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        return Task.FromResult(true);
    }

    /// <summary>Every file in the folder with its key, or a null key for anything that is not a finished file (a leftover of <c>.incoming</c>).</summary>
    internal IEnumerable<(string? Key, string Path)> ListFiles()
    {
        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            var key = Path.GetRelativePath(_root, path).Replace(Path.DirectorySeparatorChar, '/');
            yield return (FileKeys.IsValid(key) ? key : null, path);
        }
    }

    /// <summary>
    /// Encrypts a file stored in clear before the store encrypted (issue 15), in place: written beside it in
    /// <c>.incoming</c>, flushed, then renamed over it, so a reader sees the old file or the new, never half of one, and
    /// a crash in between leaves the clear file and a part file that the clean-up removes. False when there was nothing
    /// to do (already encrypted, no encryption configured, or the file is gone).
    /// </summary>
    public async Task<bool> EncryptIfClearAsync(string key, CancellationToken cancellationToken = default)
    {
        if (_encryption is null)
        {
            return false;
        }

        var path = PathOf(key);
        var incoming = Path.Combine(_root, IncomingFolder);
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            await using (var clear = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous))
            {
                if (await FileEncryption.IsEncryptedAsync(clear, cancellationToken))
                {
                    return false;
                }

                await using var file = new FileStream(temp, CreateOptions());
                await FileEncryption.StartAsync(file, cancellationToken);
                var buffer = ArrayPool<byte>.Shared.Rent(FileEncryption.SegmentSize);
                try
                {
                    long length = 0;
                    int read;
                    for (long segment = 0; (read = await ReadAsync(clear, buffer.AsMemory(0, FileEncryption.SegmentSize), cancellationToken)) > 0; segment++)
                    {
                        await _encryption.WriteSegmentAsync(file, segment, buffer.AsMemory(0, read), cancellationToken);
                        length += read;
                    }

                    await FileEncryption.FinishAsync(file, length, cancellationToken);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            TryDelete(temp);
            return false;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(PathOf(key)));

    /// <summary>The file of a key; a key of any other shape is refused before it becomes a path (and the path is checked again).</summary>
    private string PathOf(string key)
    {
        FileKeys.EnsureValid(key);
        var path = Path.GetFullPath(Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)));
        if (!FileStorageRoot.IsSameOrInside(path, _root) || path.Length == _root.Length)
        {
            throw new ArgumentException("文件标识无效：须为“类别/32位十六进制编号”。", nameof(key));
        }

        return path;
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = BufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            // Uploaded documents carry personal data: readable by the service account only.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left in .incoming, never under a key: nothing refers to it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
