using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// The Excel lists' rows stored in clear before <see cref="FilingAttachment.RowsJson"/> was encrypted (issue 15) are
/// encrypted at start, so an upgraded database keeps no site or branch phone in clear in the table. Written past the
/// change tracker: an audited update would copy the clear value into the audit once more. (Audit rows written before the
/// upgrade keep what they recorded until retention drops their day: the audit chain forbids rewriting them.)
/// </summary>
internal static class ClearAttachmentRows
{
    // Encrypted values are AES-GCM envelopes; JSON of rows starts with '['.
    private const string EncryptedPrefix = "v1:";

    public static async Task<int> ProtectAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        var protector = services.GetRequiredService<IPersonalDataProtector>();
        var clear = await db.Set<FilingAttachment>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.RowsJson != null && !a.RowsJson.StartsWith(EncryptedPrefix))
            .Select(a => new { a.Id, a.RowsJson }).ToListAsync(cancellationToken);
        foreach (var row in clear)
        {
            var encrypted = protector.Protect(row.RowsJson!);
            // Only if still the clear value seen: another instance or a new upload may have written since.
            await db.Set<FilingAttachment>().IgnoreQueryFilters().Where(a => a.Id == row.Id && a.RowsJson == row.RowsJson)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.RowsJson, encrypted), cancellationToken);
        }

        return clear.Count;
    }
}
