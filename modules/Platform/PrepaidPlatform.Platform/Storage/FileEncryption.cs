using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PrepaidPlatform.Platform.Storage;

/// <summary>
/// Uploads at rest (issue 15: the custody proof carries the account number, the contracts and letters names and phones):
/// AES-256-GCM in 64 KiB segments, so a file is encrypted as it streams to disk. Layout: <c>PPF1</c>, the plaintext
/// length (8 bytes, written last), then per segment nonce (12) ‖ tag (16) ‖ ciphertext, the segment's number as associated
/// data, so segments cannot be reordered, and a file cut short reads as damaged rather than shorter. The key is derived from
/// the personal-data key (HKDF), required outside Development like it.
/// </summary>
internal sealed class FileEncryption
{
    internal const int SegmentSize = 64 * 1024;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Magic = "PPF1"u8.ToArray();
    private static readonly int HeaderSize = Magic.Length + sizeof(long);

    private readonly byte[] _key;

    public FileEncryption(byte[] personalDataKey) =>
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, personalDataKey, 32, info: Encoding.ASCII.GetBytes("PrepaidPlatform stored files v1"));

    /// <summary>Writes the header; <see cref="FinishAsync"/> fills in the length when the content has been written.</summary>
    public static ValueTask StartAsync(Stream file, CancellationToken cancellationToken) => file.WriteAsync(new byte[HeaderSize], cancellationToken);

    public async ValueTask WriteSegmentAsync(Stream file, long index, ReadOnlyMemory<byte> plain, CancellationToken cancellationToken)
    {
        var segment = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(segment.AsSpan(0, NonceSize));
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Encrypt(segment.AsSpan(0, NonceSize), plain.Span, segment.AsSpan(NonceSize + TagSize), segment.AsSpan(NonceSize, TagSize), Associated(index));
        }

        await file.WriteAsync(segment, cancellationToken);
    }

    public static async ValueTask FinishAsync(Stream file, long length, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt64BigEndian(header.AsSpan(Magic.Length), length);
        file.Position = 0;
        await file.WriteAsync(header, cancellationToken);
    }

    /// <summary>Whether a stored file is in this format (files saved before encryption are read as they are).</summary>
    public static async Task<bool> IsEncryptedAsync(Stream file, CancellationToken cancellationToken)
    {
        var start = new byte[Magic.Length];
        var read = await file.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        return read == Magic.Length && start.AsSpan().SequenceEqual(Magic);
    }

    /// <summary>The whole plaintext of an encrypted file (uploads are at most a few MB); a damaged file throws.</summary>
    public async Task<MemoryStream> DecryptAsync(Stream file, CancellationToken cancellationToken)
    {
        var header = new byte[HeaderSize];
        await file.ReadExactlyAsync(header, cancellationToken);
        var length = BinaryPrimitives.ReadInt64BigEndian(header.AsSpan(Magic.Length));
        if (length < 0 || length > file.Length)
        {
            throw new CryptographicException("存储的文件已损坏：长度不正确。");
        }

        var plain = new byte[length];
        var segment = new byte[NonceSize + TagSize + SegmentSize];
        using var aes = new AesGcm(_key, TagSize);
        for (long index = 0, offset = 0; offset < length; index++)
        {
            var size = (int)Math.Min(SegmentSize, length - offset);
            await file.ReadExactlyAsync(segment.AsMemory(0, NonceSize + TagSize + size), cancellationToken);
            aes.Decrypt(segment.AsSpan(0, NonceSize), segment.AsSpan(NonceSize + TagSize, size), segment.AsSpan(NonceSize, TagSize), plain.AsSpan((int)offset, size), Associated(index));
            offset += size;
        }

        if (file.Position != file.Length)
        {
            throw new CryptographicException("存储的文件已损坏：末尾有多余的数据。");
        }

        return new MemoryStream(plain, writable: false);
    }

    private static byte[] Associated(long index)
    {
        var data = new byte[Magic.Length + sizeof(long)];
        Magic.CopyTo(data, 0);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(Magic.Length), index);
        return data;
    }
}
