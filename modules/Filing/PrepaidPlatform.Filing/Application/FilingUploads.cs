using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Uploads;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Uploads;

namespace PrepaidPlatform.Filing.Application;

/// <summary>A file the user chose for one upload field: its display name and its content (read once).</summary>
internal sealed record UploadedFile(string FileName, Func<Stream> Open);

/// <summary>A refused upload: the message under its field and, for an Excel list, the per-row error report to download.</summary>
internal sealed record UploadRefusal(AttachmentKind Kind, string Message, byte[]? ErrorReport, string? ErrorReportName);

/// <summary>
/// Checks the uploads of one save of 备案信息 and stages them as <see cref="FilingAttachment"/> rows on the context.
/// A file is checked by content, size and template before it reaches the file store; when any file of the save is
/// refused, or the save fails later, every file this save stored is deleted again (<see cref="DiscardAsync"/>), and
/// a replaced file is deleted only after the new one is committed (<see cref="CommitAsync"/>). Nothing of a refused
/// upload is kept.
/// </summary>
internal sealed class FilingUploads(PlatformDbContext db, IFileStore store, ITenantDirectory tenants, IClock clock, IPersonalDataProtector protector)
{
    public const string FieldPrefix = "Uploads.";

    /// <summary>The most one 备案信息 post may carry: every file at its limit, plus the form.</summary>
    public const long MaxRequestBytes = (3 * UploadLimits.PdfMaxBytes) + (2 * UploadLimits.ExcelMaxBytes) + UploadLimits.OtherMaterialMaxBytes + (1024 * 1024);

    public static readonly IReadOnlyDictionary<AttachmentKind, string> Names = new Dictionary<AttachmentKind, string>
    {
        [AttachmentKind.RedemptionSites] = "兑付场所信息",
        [AttachmentKind.Branches] = "分公司信息",
        [AttachmentKind.Contract] = "预付卡合同",
        [AttachmentKind.CustodyProof] = "存管账户证明文件",
        [AttachmentKind.CommitmentLetter] = "承诺书",
        [AttachmentKind.OtherMaterial] = "其它材料",
    };

    private readonly List<string> _stored = [];
    private readonly List<string> _replaced = [];

    public static string FieldOf(AttachmentKind kind) => FieldPrefix + kind;

    public Task<List<FilingAttachment>> OfAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.Set<FilingAttachment>().AsNoTracking().Where(a => a.ApplicationId == applicationId).ToListAsync(cancellationToken);

    /// <summary>Checks and stores every file; returns the refusals (none: all staged on the context).</summary>
    public async Task<IReadOnlyList<UploadRefusal>> StageAsync(FilingApplication application, IReadOnlyDictionary<AttachmentKind, UploadedFile> files,
        CancellationToken cancellationToken)
    {
        var refusals = new List<UploadRefusal>();
        var accepted = new List<(AttachmentKind Kind, UploadedFile File, byte[] Content, string ContentType, int? Rows, string? Json)>();
        foreach (var (kind, file) in files.OrderBy(f => f.Key))
        {
            await using var stream = file.Open();
            var (refusal, content, contentType, rows, json) = kind is AttachmentKind.RedemptionSites or AttachmentKind.Branches
                ? await CheckListAsync(kind, stream, application.Uscc, cancellationToken)
                : await CheckMaterialAsync(kind, stream, cancellationToken);
            if (refusal is not null)
            {
                refusals.Add(refusal);
            }
            else
            {
                accepted.Add((kind, file, content!, contentType!, rows, json));
            }
        }

        if (refusals.Count > 0)
        {
            return refusals;
        }

        var existing = await db.Set<FilingAttachment>().Where(a => a.ApplicationId == application.Id).ToListAsync(cancellationToken);
        foreach (var (kind, file, content, contentType, rows, json) in accepted)
        {
            using var body = new MemoryStream(content, writable: false);
            var saved = await store.SaveAsync(kind.ToString().ToLowerInvariant(), body, cancellationToken);
            _stored.Add(saved.Key);
            if (existing.FirstOrDefault(a => a.Kind == kind) is { } old)
            {
                _replaced.Add(old.StoreKey);
                db.Remove(old);
            }

            db.Add(new FilingAttachment(Guid.NewGuid(), application.TenantId, application.Id, kind, saved.Key, DisplayName(file.FileName),
                contentType, saved.Length, saved.Sha256, rows, json is null ? null : protector.Protect(json), clock.UtcNow.UtcDateTime));
        }

        return [];
    }

    /// <summary>After the save committed: the files the new ones replaced go, unless the filed data still refers to them (a change filing shares them).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        foreach (var key in _replaced)
        {
            if (!await db.Set<FilingAttachment>().AnyAsync(a => a.StoreKey == key, cancellationToken))
            {
                await store.DeleteAsync(key, cancellationToken);
            }
        }

        _replaced.Clear();
        _stored.Clear();
    }

    /// <summary>The save was refused or failed: the files it stored go, the replaced ones stay.</summary>
    public async Task DiscardAsync()
    {
        foreach (var key in _stored)
        {
            await store.DeleteAsync(key, CancellationToken.None);
        }

        _stored.Clear();
        _replaced.Clear();
    }

    private async Task<(UploadRefusal?, byte[]?, string?, int?, string?)> CheckListAsync(AttachmentKind kind, Stream stream, string uscc, CancellationToken cancellationToken)
    {
        var (tooLarge, bytes) = await BufferListAsync(kind, stream, cancellationToken);
        if (tooLarge is not null)
        {
            return (tooLarge, null, null, null, null);
        }

        var addresses = AddressDictionary.From(await tenants.ListAsync(cancellationToken));
        if (kind == AttachmentKind.RedemptionSites)
        {
            var sites = await RedemptionSiteSheet.ParseAsync(new MemoryStream(bytes, writable: false), addresses, cancellationToken);
            return sites.Succeeded
                ? (null, bytes, ExcelContentType, sites.Rows.Count, JsonSerializer.Serialize(sites.Rows))
                : (Refuse(kind, sites.Errors, RedemptionSiteSheet.ErrorReport(sites.Errors)), null, null, null, null);
        }

        var branches = await BranchSheet.ParseAsync(new MemoryStream(bytes, writable: false), addresses, uscc, cancellationToken);
        return branches.Succeeded
            ? (null, bytes, ExcelContentType, branches.Rows.Count, JsonSerializer.Serialize(branches.Rows))
            : (Refuse(kind, branches.Errors, BranchSheet.ErrorReport(branches.Errors)), null, null, null, null);
    }

    /// <summary>
    /// Reads an Excel list at most one byte past its own limit (2 MB), not the request's (37 MB): a larger file is refused
    /// without being held. Returns the refusal or the content.
    /// </summary>
    internal static async Task<(UploadRefusal? Refusal, byte[] Content)> BufferListAsync(AttachmentKind kind, Stream stream, CancellationToken cancellationToken)
    {
        var upload = await BufferedUpload.ReadAsync(stream, UploadLimits.ExcelMaxBytes, cancellationToken);
        if (!upload.TooLarge)
        {
            return (null, upload.Content.ToArray());
        }

        var spec = kind == AttachmentKind.RedemptionSites ? RedemptionSiteSheet.Spec : BranchSheet.Spec;
        return (new UploadRefusal(kind, $"{Names[kind]}未通过校验：{ExcelWorkbookReader.TooLarge(spec)}", null, null), []);
    }

    private static async Task<(UploadRefusal?, byte[]?, string?, int?, string?)> CheckMaterialAsync(AttachmentKind kind, Stream stream, CancellationToken cancellationToken)
    {
        var material = kind switch
        {
            AttachmentKind.Contract => MaterialKind.Contract,
            AttachmentKind.CustodyProof => MaterialKind.CustodyProof,
            AttachmentKind.CommitmentLetter => MaterialKind.CommitmentLetter,
            _ => MaterialKind.OtherMaterial,
        };
        var checkedMaterial = await MaterialChecks.CheckAsync(material, stream, cancellationToken);
        if (checkedMaterial.Accepted is not { } accepted)
        {
            return (new UploadRefusal(kind, checkedMaterial.Error!, null, null), null, null, null, null);
        }

        return (null, accepted.Upload.Content.ToArray(), accepted.ContentType, null, null);
    }

    private static UploadRefusal Refuse(AttachmentKind kind, IReadOnlyList<ExcelUploadError> errors, byte[] report)
    {
        var first = errors[0].Describe();
        var message = errors.Count == 1
            ? $"{Names[kind]}未通过校验：{first}"
            : $"{Names[kind]}有{errors.Count}处错误，未保存（第一处：{first}）。请下载错误报告逐行修改后重新上传。";
        return new UploadRefusal(kind, message, report, $"{Names[kind]}-错误报告.xlsx");
    }

    /// <summary>The user's file name for display: no path, at most 128 characters.</summary>
    private static string DisplayName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = string.IsNullOrWhiteSpace(name) ? "未命名文件" : name.Trim();
        return name.Length <= 128 ? name : name[^128..];
    }

    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
