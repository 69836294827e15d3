using System.Security.Cryptography;
using System.Text;
using PrepaidPlatform.Platform.Storage;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>Issue 15: uploads are encrypted on disk (AES-GCM segments) and read back as uploaded; a damaged file is refused, not served.</summary>
public sealed class EncryptedFileStoreTests : IDisposable
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-tests", "encrypted-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private LocalFileStore Store(bool encrypted = true) => new(Path.Combine(_folder, "files"), encryption: encrypted ? new FileEncryption(Key) : null);

    private string PathOf(LocalFileStore store, string key) => Path.Combine(store.Root, key.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>A custody proof: a PDF carrying an account number, padded over three segments.</summary>
    private static byte[] Proof() =>
        [.. Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Account (6222020200112233445) >> endobj\n"), .. RandomNumberGenerator.GetBytes(150_000), .. Encoding.ASCII.GetBytes("\n%%EOF\n")];

    private static async Task<byte[]> ReadAsync(LocalFileStore store, string key)
    {
        await using var stream = await store.OpenReadAsync(key);
        using var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string ascii) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii)) >= 0;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(FileEncryption.SegmentSize)]
    [InlineData(FileEncryption.SegmentSize + 1)]
    public async Task Content_of_any_length_reads_back_byte_for_byte(int length)
    {
        var store = Store();
        var content = RandomNumberGenerator.GetBytes(length);
        var saved = await store.SaveAsync("platform-test", new MemoryStream(content));
        saved.Length.ShouldBe(length);
        saved.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)), "the hash is of what was uploaded, not of the disk's bytes");
        (await ReadAsync(store, saved.Key)).ShouldBe(content);
    }

    [Fact]
    public async Task On_disk_there_is_no_PDF_header_and_no_account_number()
    {
        var store = Store();
        var proof = Proof();
        var saved = await store.SaveAsync("filing-custodyproof", new MemoryStream(proof));

        var raw = await File.ReadAllBytesAsync(PathOf(store, saved.Key));
        raw.Take(4).ToArray().ShouldNotBe("%PDF"u8.ToArray());
        Contains(raw, "6222020200112233445").ShouldBeFalse();
        Contains(raw, "%PDF").ShouldBeFalse();
        (await ReadAsync(store, saved.Key)).ShouldBe(proof);
    }

    [Fact]
    public async Task A_changed_byte_or_a_cut_file_is_refused()
    {
        var store = Store();
        var changed = await store.SaveAsync("platform-test", new MemoryStream(Proof()));
        var path = PathOf(store, changed.Key);
        var raw = await File.ReadAllBytesAsync(path);
        raw[raw.Length / 2] ^= 1;
        await File.WriteAllBytesAsync(path, raw);
        await Should.ThrowAsync<CryptographicException>(() => store.OpenReadAsync(changed.Key));

        var cut = await store.SaveAsync("platform-test", new MemoryStream(Proof()));
        var cutPath = PathOf(store, cut.Key);
        var whole = await File.ReadAllBytesAsync(cutPath);
        await File.WriteAllBytesAsync(cutPath, whole[..(whole.Length - 100)]);
        await Should.ThrowAsync<Exception>(() => store.OpenReadAsync(cut.Key));
    }

    [Fact]
    public async Task A_file_stored_in_clear_before_encryption_still_reads()
    {
        var proof = Proof();
        var saved = await Store(encrypted: false).SaveAsync("filing-custodyproof", new MemoryStream(proof));
        (await ReadAsync(Store(), saved.Key)).ShouldBe(proof);
    }
}
