using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Jobs;

namespace PrepaidPlatform.Platform.Storage;

/// <summary>
/// Removes what a crash leaves in the file store: a file saved before its row was committed (a killed request, an
/// upload whose transaction never finished) and half-written uploads in <c>.incoming</c>. Only files older than
/// <c>Storage:OrphanGracePeriod</c> (default 6 hours) go, so an upload whose transaction is still open keeps its file.
/// Rows whose file is missing cannot be repaired here; they are logged as errors for an operator (restore the file
/// from a backup). Files that rows name and that were stored in clear before encryption at rest are encrypted in the
/// same walk (<see cref="LocalFileStore.EncryptIfClearAsync"/>). Runs at start and then every <c>Storage:OrphanScanInterval</c> (default 6 hours), under one key in
/// the persistent job store, so a cluster runs it once.
/// </summary>
internal sealed class OrphanFileCleanupJob(IServiceScopeFactory scopeFactory) : SingletonTenantJob(scopeFactory)
{
    public const string Key = "orphan-files";

    protected override async Task ExecuteAsync(TenantJobContext context)
    {
        var services = context.Services;
        try
        {
            await CleanAsync(services, context.CancellationToken);
        }
        finally
        {
            if (!services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                await services.GetRequiredService<IBackgroundJobScheduler>()
                    .ScheduleNextRunAsync<OrphanFileCleanupJob>(DateTimeOffset.UtcNow + ScanInterval(services), Key, CancellationToken.None);
            }
        }
    }

    /// <summary>One pass: the files removed and the keys whose file is missing.</summary>
    public static async Task<OrphanFileReport> CleanAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IFileStore>() is not LocalFileStore store)
        {
            return new OrphanFileReport([], [], 0);
        }

        var logger = services.GetRequiredService<ILogger<OrphanFileCleanupJob>>();
        // The wall clock, as the files' times are: never a test's or a district's moved clock.
        var before = DateTime.UtcNow - GracePeriod(services);
        // Listed before the rows are read: a file and its row committed in between are both younger than the grace period.
        var candidates = store.ListFiles().Where(f => File.GetLastWriteTimeUtc(f.Path) < before).ToList();
        var referenced = await ReferencedKeysAsync(services, cancellationToken);

        var removed = new List<string>();
        foreach (var (key, path) in candidates)
        {
            if (key is null || !referenced.Contains(key))
            {
                File.Delete(path);
                removed.Add(key ?? Path.GetRelativePath(store.Root, path));
            }
        }

        var missing = new List<string>();
        var encrypted = 0;
        foreach (var key in referenced.Where(FileKeys.IsValid))
        {
            if (!await store.ExistsAsync(key, cancellationToken))
            {
                missing.Add(key);
            }
            else if (await store.EncryptIfClearAsync(key, cancellationToken))
            {
                // Kept from before files were encrypted at rest: this pass is the one walk over the store, once per cluster.
                encrypted++;
            }
        }

        if (encrypted > 0)
        {
            logger.LogInformation("Encrypted {Count} file(s) stored in clear before encryption at rest", encrypted);
        }

        if (removed.Count > 0)
        {
            logger.LogWarning("Removed {Count} file(s) without a row (left by a crash or an unfinished upload): {Files}", removed.Count, string.Join(", ", removed.Take(20)));
        }

        if (missing.Count > 0)
        {
            logger.LogError("{Count} row(s) name a file that is not in the store; restore them from a backup: {Keys}", missing.Count, string.Join(", ", missing.Take(20)));
        }

        return new OrphanFileReport(removed, missing, encrypted);
    }

    /// <summary>Every key held by a registered <see cref="StoredFileReference"/> column, in every district (plain SQL: no query filter).</summary>
    private static async Task<HashSet<string>> ReferencedKeysAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        var sql = db.GetService<ISqlGenerationHelper>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in services.GetServices<StoredFileReference>())
        {
            var entity = db.Model.FindEntityType(reference.Entity)
                ?? throw new InvalidOperationException($"{reference.Entity.Name} is registered as holding file keys but is not in the model.");
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var column = entity.GetProperty(reference.Property).GetColumnName(table)!;
            var query = $"SELECT {sql.DelimitIdentifier(column)} AS Value FROM {sql.DelimitIdentifier(table.Name, table.Schema)} WHERE {sql.DelimitIdentifier(column)} IS NOT NULL";
            keys.UnionWith(await db.Database.SqlQueryRaw<string>(query).ToListAsync(cancellationToken));
        }

        return keys;
    }

    private static TimeSpan GracePeriod(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue("Storage:OrphanGracePeriod", TimeSpan.FromHours(6));

    private static TimeSpan ScanInterval(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetValue("Storage:OrphanScanInterval", TimeSpan.FromHours(6));
}

/// <summary>What one clean-up pass removed, which keys it found without a file, and how many clear files it encrypted.</summary>
internal sealed record OrphanFileReport(IReadOnlyList<string> Removed, IReadOnlyList<string> Missing, int Encrypted);

/// <summary>Puts the clean-up into the job store at start (replacing the pending run under the same key); it runs once now.</summary>
internal sealed class OrphanFileCleanupStarter(IBackgroundJobScheduler scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync<OrphanFileCleanupJob>(null, DateTimeOffset.UtcNow, null, OrphanFileCleanupJob.Key, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
