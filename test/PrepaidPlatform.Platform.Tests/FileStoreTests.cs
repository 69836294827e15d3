using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>Uploaded files on disk: keys the store makes itself, all-or-nothing writes, never inside the web root.</summary>
public sealed class FileStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-tests", "files-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private LocalFileStore Store() => new(Path.Combine(_folder, "files"));

    [Fact]
    public async Task A_saved_file_reads_back_byte_for_byte_until_it_is_deleted()
    {
        var store = Store();
        var content = RandomNumberGenerator.GetBytes(200_000);

        var saved = await store.SaveAsync("filing-contract", new MemoryStream(content));

        saved.Key.ShouldStartWith("filing-contract/");
        FileKeys.IsValid(saved.Key).ShouldBeTrue();
        saved.Length.ShouldBe(content.Length);
        saved.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        File.Exists(Path.Combine(store.Root, "filing-contract", saved.Key[16..])).ShouldBeTrue();
        (await store.ExistsAsync(saved.Key)).ShouldBeTrue();
        await using (var read = await store.OpenReadAsync(saved.Key))
        {
            read.ShouldNotBeNull();
            using var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            copy.ToArray().ShouldBe(content);
        }

        (await store.DeleteAsync(saved.Key)).ShouldBeTrue();
        (await store.ExistsAsync(saved.Key)).ShouldBeFalse();
        (await store.OpenReadAsync(saved.Key)).ShouldBeNull();
        (await store.DeleteAsync(saved.Key)).ShouldBeFalse();
    }

    [Fact]
    public async Task Every_save_gets_a_new_key_even_for_the_same_content()
    {
        var store = Store();
        var first = await store.SaveAsync("filing-other", new MemoryStream([1, 2, 3]));
        var second = await store.SaveAsync("filing-other", new MemoryStream([1, 2, 3]));
        second.Key.ShouldNotBe(first.Key);
        second.Sha256.ShouldBe(first.Sha256);
    }

    [Theory]
    [InlineData("../secrets/0123456789abcdef0123456789abcdef")]
    [InlineData("filing-contract/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("filing-contract/0123456789abcdef0123456789abcdef/..")]
    [InlineData("filing-contract\\0123456789abcdef0123456789abcdef")]
    [InlineData("filing-contract/0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("filing-contract/0123456789abcdef0123456789abcdef\n")]
    [InlineData("C:/Windows/0123456789abcdef0123456789abcdef")]
    [InlineData("filing-contract/0123456789abcdef0123456789abcdef.pdf")]
    [InlineData("")]
    public async Task A_key_the_store_did_not_make_is_refused_before_it_touches_the_disk(string key)
    {
        var store = Store();
        (await Should.ThrowAsync<ArgumentException>(() => store.OpenReadAsync(key))).Message.ShouldStartWith("文件标识无效");
        await Should.ThrowAsync<ArgumentException>(() => store.ExistsAsync(key));
        await Should.ThrowAsync<ArgumentException>(() => store.DeleteAsync(key));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../outside")]
    [InlineData("a/b")]
    [InlineData("Filing")]
    [InlineData("")]
    public async Task A_category_that_is_not_a_plain_name_is_refused_and_nothing_is_written(string category)
    {
        var store = Store();
        (await Should.ThrowAsync<ArgumentException>(() => store.SaveAsync(category, new MemoryStream([1])))).Message.ShouldStartWith("文件类别");
        Directory.EnumerateFileSystemEntries(store.Root).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_upload_that_breaks_off_mid_write_leaves_no_file()
    {
        var store = Store();
        var broken = new BreaksAfter(100_000);

        await Should.ThrowAsync<IOException>(() => store.SaveAsync("filing-contract", broken));

        broken.Delivered.ShouldBeGreaterThan(0); // the store had written part of it
        Directory.EnumerateFiles(store.Root, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_no_file()
    {
        var store = Store();
        using var cancellation = new CancellationTokenSource();
        var slow = new CancelsAfter(50_000, cancellation);

        await Should.ThrowAsync<OperationCanceledException>(() => store.SaveAsync("filing-contract", slow, cancellation.Token));

        Directory.EnumerateFiles(store.Root, "*", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public void The_default_root_is_files_in_the_data_folder()
    {
        var content = Path.Combine(_folder, "app");
        FileStorageRoot.Resolve(null, Path.Combine(content, "App_Data"), content, Path.Combine(content, "wwwroot"))
            .ShouldBe(Path.Combine(content, "App_Data", "files"));
        FileStorageRoot.Resolve("", "App_Data", content, null).ShouldBe(Path.Combine(content, "App_Data", "files"));
    }

    [Fact]
    public void A_configured_relative_root_is_under_the_content_root()
    {
        var content = Path.Combine(_folder, "app");
        FileStorageRoot.Resolve("uploads", "App_Data", content, null).ShouldBe(Path.Combine(content, "uploads"));
        FileStorageRoot.Resolve(Path.Combine(_folder, "volume"), "App_Data", content, null).ShouldBe(Path.Combine(_folder, "volume"));
    }

    [Theory]
    [InlineData("wwwroot")]
    [InlineData("wwwroot/files")]
    [InlineData("wwwroot/../wwwroot/uploads")]
    [InlineData("public/files")]
    [InlineData(".")]
    public void A_root_overlapping_the_web_root_is_refused(string configured)
    {
        var content = Path.Combine(_folder, "app");
        var error = Should.Throw<InvalidOperationException>(() =>
            FileStorageRoot.Resolve(configured, "App_Data", content, Path.Combine(content, "public")));
        error.Message.ShouldContain("Storage:Root");
        error.Message.ShouldContain("网站根目录");
    }

    [Fact]
    public void A_data_folder_inside_wwwroot_does_not_make_a_public_default_root()
    {
        var content = Path.Combine(_folder, "app");
        Should.Throw<InvalidOperationException>(() => FileStorageRoot.Resolve(null, "wwwroot/App_Data", content, null));
    }

    [Fact]
    public void A_sibling_folder_whose_name_starts_like_wwwroot_is_not_inside_it()
    {
        var content = Path.Combine(_folder, "app");
        FileStorageRoot.Resolve("wwwroot-files", "App_Data", content, null).ShouldBe(Path.Combine(content, "wwwroot-files"));
    }

    /// <summary>Delivers <c>limit</c> bytes, then fails like a dropped connection.</summary>
    private sealed class BreaksAfter(int limit) : Stream
    {
        public int Delivered { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Delivered >= limit)
            {
                throw new IOException("connection reset");
            }

            var n = Math.Min(count, Math.Min(8192, limit - Delivered));
            Array.Fill(buffer, (byte)7, offset, n);
            Delivered += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Delivered; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Delivers <c>limit</c> bytes, then cancels the upload (the user left the page) and keeps delivering.</summary>
    private sealed class CancelsAfter(int limit, CancellationTokenSource cancellation) : Stream
    {
        private int _delivered;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_delivered >= limit)
            {
                cancellation.Cancel();
            }

            var n = Math.Min(count, 8192);
            Array.Fill(buffer, (byte)7, offset, n);
            _delivered += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _delivered; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>The host registers the store on its data folder.</summary>
public sealed class FileStoreRegistrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_host_stores_uploads_in_files_under_its_data_folder()
    {
        var (store, dataFolder) = await factory.InScopeAsync(sp =>
            Task.FromResult((sp.GetRequiredService<IFileStore>(), sp.GetRequiredService<DatabaseOptions>().DataFolder)));

        store.ShouldBeOfType<LocalFileStore>().Root.ShouldBe(Path.Combine(dataFolder, "files"));
        var saved = await store.SaveAsync("platform-test", new MemoryStream([1, 2, 3]));
        File.Exists(Path.Combine(dataFolder, "files", "platform-test", saved.Key["platform-test/".Length..])).ShouldBeTrue();
    }
}
