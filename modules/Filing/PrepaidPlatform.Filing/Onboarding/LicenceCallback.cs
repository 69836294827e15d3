using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// A QR session's outcome as the licence service pushed it (Filing_LicenceCallbacks; docs/licence-service.md §3). In the
/// database, not in memory: behind nginx the callback reaches one instance and the user's next request another. City-wide
/// (no tenant): the session belongs to nobody until the licence names its district.
/// </summary>
internal sealed class LicenceCallback
{
    public const int SessionIdMaxLength = 128;
    public const int MessageMaxLength = 256;

    /// <summary>A QR session lives about five minutes: an outcome older than this is not believed any more.</summary>
    public static readonly TimeSpan ReadWindow = TimeSpan.FromMinutes(30);

    /// <summary>Rows this old are deleted by the next push (a day covers any clock difference or retry).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private LicenceCallback()
    {
    }

    public LicenceCallback(string sessionId, LicenceChallengeState state, string? message, string? licenceProtected, DateTime receivedAtUtc)
    {
        (SessionKey, State, Message, LicenceProtected, ReceivedAtUtc) = (KeyOf(sessionId), state, message, licenceProtected, receivedAtUtc);
    }

    /// <summary>
    /// SHA-256 of the service's session id, lowercase hex: compared exactly on both databases (MariaDB's default collation
    /// ignores case and trailing spaces, which would let two session ids meet), whatever characters the service uses.
    /// </summary>
    public string SessionKey { get; private set; } = string.Empty;

    public LicenceChallengeState State { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The licence as JSON, encrypted: it names the legal representative, and the table is read by nobody but the page.</summary>
    public string? LicenceProtected { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public static string KeyOf(string sessionId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));
}

/// <summary>Reads a pushed outcome for <see cref="HttpLicenceVerifier"/>, a singleton, through a scope of its own.</summary>
internal interface ILicenceCallbacks
{
    /// <summary>The pushed outcome of the session, or null when none arrived (the verifier then asks the service).</summary>
    Task<LicenceChallengeStatus?> FindAsync(string sessionId, CancellationToken cancellationToken);
}

internal sealed class LicenceCallbacks(IServiceScopeFactory scopes, IClock clock) : ILicenceCallbacks
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<LicenceChallengeStatus?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.UtcNow.UtcDateTime;
        // Read-only: the page polls this every few seconds; old rows go with the next push (LicenceCallbackIntake).
        var key = LicenceCallback.KeyOf(sessionId);
        var row = await db.Set<LicenceCallback>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.SessionKey == key && c.ReceivedAtUtc >= now - LicenceCallback.ReadWindow, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var licence = row.LicenceProtected is { } text
            ? JsonSerializer.Deserialize<BusinessLicence>(scope.ServiceProvider.GetRequiredService<IPersonalDataProtector>().Unprotect(text), Json)
            : null;
        return HttpLicenceVerifier.StatusOf(row.State, licence, row.Message);
    }

    internal static Task PruneAsync(PlatformDbContext db, DateTime utcNow, CancellationToken cancellationToken) =>
        db.Set<LicenceCallback>().Where(c => c.ReceivedAtUtc < utcNow - LicenceCallback.Lifetime).ExecuteDeleteAsync(cancellationToken);
}

internal static class LicenceCallbackConfiguration
{
    public static void ConfigureLicenceCallbacks(this ModelBuilder builder)
    {
        builder.Entity<LicenceCallback>(b =>
        {
            b.ToTable(Data.FilingModelConfiguration.Prefix + "LicenceCallbacks");
            b.HasKey(x => x.SessionKey);
            b.Property(x => x.SessionKey).HasMaxLength(64);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Message).HasMaxLength(LicenceCallback.MessageMaxLength);
            b.HasIndex(x => x.ReceivedAtUtc);
            // A hand-over between the service and the page, pruned after a day; the licence it carries is audited where
            // it is kept (Filing_OperatorLicences).
            b.ExcludeFromAudit();
        });
    }
}
