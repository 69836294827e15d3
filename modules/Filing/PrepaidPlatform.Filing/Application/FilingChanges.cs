using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// 变更备案信息 (F7, manual 四): the operator opens a change of its standing filing — a draft of the same form with the
/// data and uploads on file — edits and submits it through <c>filing.change</c>; until the district confirms, the
/// filed data stays in force. The licence part changes only through 更新证照, and a new USCC means a new registration.
/// </summary>
internal sealed class FilingChanges(PlatformDbContext db, ICurrentUser currentUser, FilingApplications applications, ICustodyAccounts custody, IClock clock)
{
    internal const string NoFilingMessage = "尚未完成备案，不能申请变更；请先完成备案登记。";
    internal const string OpenMessage = "已有办理中的申请，请在该申请中继续填写或等待区商务部门确认。";
    internal const string DeregisteringMessage = "备案注销办理中，不能申请变更。";

    public async Task<FilingOutcome> StartAsync(CancellationToken cancellationToken)
    {
        var userId = currentUser.Id ?? throw new InvalidOperationException("变更备案须由已登录的经营者办理。");
        var filing = await db.Set<OperatorFiling>().Where(f => f.OperatorUserId == userId && f.ActiveKey != null).FirstOrDefaultAsync(cancellationToken);
        if (filing is null)
        {
            return FilingOutcome.Refuse(NoFilingMessage);
        }

        if (await db.Set<FilingApplication>().AnyAsync(a => a.OperatorUserId == userId && a.OpenKey != null, cancellationToken))
        {
            return FilingOutcome.Refuse(OpenMessage);
        }

        if (await db.Set<FilingDeregistration>().AnyAsync(d => d.FilingId == filing.Id && d.OpenKey != null, cancellationToken))
        {
            return FilingOutcome.Refuse(DeregisteringMessage);
        }

        var filed = await db.Set<FilingApplication>().AsNoTracking().FirstAsync(a => a.Id == filing.ApplicationId, cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        var change = FilingApplication.ChangeOf(filed, filing.Id, Guid.NewGuid(), await applications.NewApplicationNumberAsync(cancellationToken), now);
        db.Add(change);
        await custody.CopyAsync(filed.Id, change.Id, cancellationToken);
        // The uploads on file carry over (the same stored files); a replaced one is deleted only when no row refers to it.
        foreach (var a in await db.Set<FilingAttachment>().AsNoTracking().Where(a => a.ApplicationId == filed.Id).ToListAsync(cancellationToken))
        {
            db.Add(new FilingAttachment(Guid.NewGuid(), a.TenantId, change.Id, a.Kind, a.StoreKey, a.FileName, a.ContentType, a.Length, a.Sha256, a.RowCount, a.RowsJson, a.UploadedAtUtc));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new FilingOutcome(true, "已开始变更备案信息：请修改需要变更的内容后提交，确认前原备案信息继续有效。", new Dictionary<string, string>(), change);
    }
}
