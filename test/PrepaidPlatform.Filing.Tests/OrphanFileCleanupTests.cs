using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The clean-up of what crashes leave in the file store, on an operator's draft with its uploads: a file without a row
/// older than the grace period goes, a younger one (an upload whose transaction may still be open) stays, so do the
/// files rows name; a row whose file is gone is reported; a file rows name that was stored in clear is encrypted.
/// </summary>
public sealed class OrphanFileCleanupTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Old_files_without_a_row_go_young_ones_and_those_rows_name_stay_and_a_missing_file_is_reported()
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        (await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: FilingInfoPage.RequiredFiles())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var store = (LocalFileStore)factory.Services.GetRequiredService<IFileStore>();
        var attached = store.ListFiles().Select(f => f.Key!).Order(StringComparer.Ordinal).ToList();
        attached.Count.ShouldBe(4);

        var oldOrphan = Place(store, "contract/" + Guid.NewGuid().ToString("N"), DateTime.UtcNow.AddDays(-1));
        var youngOrphan = Place(store, "contract/" + Guid.NewGuid().ToString("N"), DateTime.UtcNow);
        var oldPart = Place(store, ".incoming/" + Guid.NewGuid().ToString("N") + ".part", DateTime.UtcNow.AddDays(-1));
        // Rows' files are old too: only a row keeps them.
        foreach (var (_, path) in store.ListFiles().Where(f => attached.Contains(f.Key!)))
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-1));
        }

        var lost = attached[0];
        File.Delete(Path.Combine(store.Root, lost));

        // A file kept from before encryption at rest: the same content, in clear.
        var legacy = attached[1];
        byte[] content;
        await using (var decrypted = (await store.OpenReadAsync(legacy))!)
        using (var copy = new MemoryStream())
        {
            await decrypted.CopyToAsync(copy);
            content = copy.ToArray();
        }

        var legacyPath = Path.Combine(store.Root, legacy);
        await File.WriteAllBytesAsync(legacyPath, content);
        File.SetLastWriteTimeUtc(legacyPath, DateTime.UtcNow.AddDays(-1));

        var report = await factory.InScopeAsync(sp => OrphanFileCleanupJob.CleanAsync(sp, CancellationToken.None));

        File.Exists(oldOrphan).ShouldBeFalse();
        File.Exists(oldPart).ShouldBeFalse();
        File.Exists(youngOrphan).ShouldBeTrue("a file younger than the grace period may belong to an open transaction");
        store.ListFiles().Select(f => f.Key).ShouldBe(attached.Skip(1).Append(Path.GetRelativePath(store.Root, youngOrphan)), ignoreOrder: true);
        report.Removed.Count.ShouldBe(2);
        report.Missing.ShouldBe([lost]);

        report.Encrypted.ShouldBe(1, "only the file kept in clear");
        (await File.ReadAllBytesAsync(legacyPath)).Take(4).ToArray().ShouldBe("PPF1"u8.ToArray());
        await using var reread = (await store.OpenReadAsync(legacy))!;
        using var back = new MemoryStream();
        await reread.CopyToAsync(back);
        back.ToArray().ShouldBe(content);
        (await factory.InScopeAsync(sp => OrphanFileCleanupJob.CleanAsync(sp, CancellationToken.None))).Encrypted.ShouldBe(0, "a second pass has nothing left to encrypt");
    }

    private static string Place(LocalFileStore store, string relative, DateTime writtenUtc)
    {
        var path = Path.Combine(store.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "孤立文件");
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return path;
    }
}
