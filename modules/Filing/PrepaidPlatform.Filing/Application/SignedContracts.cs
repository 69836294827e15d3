using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Storage;

namespace PrepaidPlatform.Filing.Application;

/// <summary>One contract on file: the attachment, the application it belongs to and that application's status.</summary>
internal sealed record SignedContractRow(Guid Id, string ApplicationNumber, FilingApplicationStatus Status, string FileName, long Length, DateTime UploadedAtUtc);

/// <summary>
/// 合同管理 · 已签合同 (F10): the signed and sealed 预付卡合同 the operator uploaded with its filing applications
/// (备案信息 · 6. 发卡信息). Every query is narrowed to the signed-in account on top of the district filter, so the id
/// of another operator's contract finds nothing.
/// </summary>
internal sealed class SignedContracts(PlatformDbContext db, ICurrentUser currentUser, IFileStore store)
{
    private Guid UserId => currentUser.Id ?? throw new InvalidOperationException("已签合同须由已登录的经营者查看。");

    public async Task<IReadOnlyList<SignedContractRow>> MineAsync(CancellationToken cancellationToken) =>
        (await Mine().OrderByDescending(c => c.Attachment.UploadedAtUtc).ToListAsync(cancellationToken)).Select(c => c.Row).ToList();

    /// <summary>The contract's file and its row, or null when the id is not one of the operator's own contracts.</summary>
    public async Task<(SignedContractRow Row, string ContentType, Stream Content)?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await Mine().FirstOrDefaultAsync(c => c.Attachment.Id == id, cancellationToken);
        var content = found is null ? null : await store.OpenReadAsync(found.Attachment.StoreKey, cancellationToken);
        return content is null ? null : (found!.Row, found.Attachment.ContentType, content);
    }

    /// <summary>Set by member initialisation, not a constructor, so that EF can translate the filters applied after it.</summary>
    private sealed class Contract
    {
        public required FilingAttachment Attachment { get; init; }

        public required string ApplicationNumber { get; init; }

        public required FilingApplicationStatus Status { get; init; }

        public SignedContractRow Row => new(Attachment.Id, ApplicationNumber, Status, Attachment.FileName, Attachment.Length, Attachment.UploadedAtUtc);
    }

    private IQueryable<Contract> Mine()
    {
        var userId = UserId;
        return db.Set<FilingAttachment>().AsNoTracking().Where(a => a.Kind == AttachmentKind.Contract)
            .Join(db.Set<FilingApplication>().Where(p => p.OperatorUserId == userId), a => a.ApplicationId, p => p.Id,
                (a, p) => new Contract { Attachment = a, ApplicationNumber = p.ApplicationNumber, Status = p.Status });
    }
}
