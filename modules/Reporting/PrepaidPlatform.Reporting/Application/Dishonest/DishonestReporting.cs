using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Platform.Uploads;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting.Application.Dishonest;

/// <summary>A supervised operator on the 严重失信主体 list, and the Beijing day its listing began.</summary>
internal sealed record DishonestOperator(CustodyReportingOperator Operator, DateOnly ListedSince);

/// <summary>One line of a duty's table: the period, its 数据期限, its status and what was filed, if anything.</summary>
internal sealed record DishonestRow(DishonestPeriod Period, DateOnly Deadline, PeriodStatus Status, DishonestFiling? Filing)
{
    public bool CanFile => Status is PeriodStatus.Due or PeriodStatus.Overdue or PeriodStatus.Returned;
}

/// <summary>
/// The signed-in operator's duties as a 严重失信主体 (Shanghai plan, 重点监管严重失信主体): the previous month's figures each
/// month, the audited statement of the previous half-year each half-year, each within its working-day deadline, and
/// verified by the district on <c>reporting.dishonest</c>. Everything is found from the signed-in user's id inside its
/// district's tenant filter; the flag is Custody's (<see cref="ISeriousDishonestFlags"/>).
/// </summary>
internal sealed class DishonestReporting(
    PlatformDbContext db, ICurrentUser currentUser, ICustodyReportingFacts custody, ISeriousDishonestFlags flags, DishonestSchedule schedule,
    IWorkflowRuntime workflows, IFileStore files, IClock clock)
{
    public const string NotListedMessage = "贵企业未被列入严重失信主体名单，无需报送月度经营信息及半年度财务会计报表。";
    public const string DuplicateMessage = "该期别已报送，请勿重复提交。";
    public const string FileCategory = "reporting-dishonest-statement";

    /// <summary>The audited statement: 10 MB holds a scanned, signed and sealed report of a few dozen pages, like the filing's PDFs.</summary>
    public const long StatementMaxBytes = 10 * 1024 * 1024;

    public async Task<DishonestOperator?> OperatorAsync(CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId || await custody.FindOperatorAsync(userId, cancellationToken) is not { } op)
        {
            return null;
        }

        return await flags.ListedSinceAsync(userId, cancellationToken) is { } since ? new DishonestOperator(op, since) : null;
    }

    /// <summary>The duty's periods from the listing's to the last ended one, oldest first.</summary>
    public async Task<IReadOnlyList<DishonestRow>> RowsAsync(DishonestOperator op, DishonestDuty duty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(op);
        var today = clock.TodayInShanghai;
        var filed = (await FilingsAsync(op, duty, tracked: false, cancellationToken)).ToDictionary(f => f.Period);
        var rows = new List<DishonestRow>();
        foreach (var period in DishonestPeriod.ToDate(duty, op.ListedSince, today))
        {
            var deadline = await schedule.DeadlineAsync(period, cancellationToken);
            var filing = filed.GetValueOrDefault(period);
            rows.Add(new DishonestRow(period, deadline, ReportingRules.StatusOf(filing?.Status, deadline, today), filing));
        }

        return rows;
    }

    public Task<DishonestFiling?> FindAsync(DishonestOperator op, DishonestPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(op);
        return db.Set<DishonestFiling>().AsNoTracking().FirstOrDefaultAsync(
            f => f.OperatorUserId == op.Operator.OperatorUserId && f.Duty == period.Duty && f.PeriodStart == period.Start, cancellationToken);
    }

    /// <summary>Whether the period may be filed today: ended, not before the listing, not twice, none earlier left unfiled. Null when it may.</summary>
    public async Task<string?> CheckPeriodAsync(DishonestOperator op, DishonestPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(op);
        var filed = (await FilingsAsync(op, period.Duty, tracked: false, cancellationToken)).ToDictionary(f => f.Period, f => f.Status);
        return CheckPeriod(op, period, filed);
    }

    /// <summary>Files the month's figures: refused with every message and nothing saved, or 待核对 in the district's queue.</summary>
    public async Task<IReadOnlyList<string>> SubmitMonthAsync(DishonestPeriod period, DishonestMonthForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await OperatorAsync(cancellationToken) is not { } op)
        {
            return [NotListedMessage];
        }

        var filings = await FilingsAsync(op, period.Duty, tracked: true, cancellationToken);
        if (CheckPeriod(op, period, filings.ToDictionary(f => f.Period, f => f.Status)) is { } refusal)
        {
            return [refusal];
        }

        var (figures, errors) = form.Parse();
        if (figures is null)
        {
            return errors;
        }

        var filing = Tracked(op, period, filings);
        filing.FileMonth(figures, clock.UtcNow.UtcDateTime);
        return await SaveAsync(filing, cancellationToken);
    }

    /// <summary>
    /// Files the half-year's audited statement. The upload is buffered and checked (size, PDF by content and structure,
    /// not encrypted) before anything is stored; a file stored for a filing that then fails to save is deleted again, and
    /// the file a corrected filing replaces is deleted once the new one is saved: a refused upload leaves nothing behind.
    /// </summary>
    public async Task<IReadOnlyList<string>> SubmitStatementAsync(DishonestPeriod period, Stream? content, string? fileName, CancellationToken cancellationToken)
    {
        if (await OperatorAsync(cancellationToken) is not { } op)
        {
            return [NotListedMessage];
        }

        var filings = await FilingsAsync(op, period.Duty, tracked: true, cancellationToken);
        if (CheckPeriod(op, period, filings.ToDictionary(f => f.Period, f => f.Status)) is { } refusal)
        {
            return [refusal];
        }

        if (content is null)
        {
            return ["请选择经审计的财务会计报表（PDF 文件）。"];
        }

        var upload = await BufferedUpload.ReadAsync(content, StatementMaxBytes, cancellationToken);
        if (StatementProblem(upload) is { } problem)
        {
            return [problem];
        }

        var stored = await files.SaveAsync(FileCategory, upload.OpenRead(), cancellationToken);
        var name = Path.GetFileName(fileName ?? string.Empty);
        name = string.IsNullOrWhiteSpace(name) ? period.Label + ".pdf" : name.Length > 200 ? name[^200..] : name;
        var filing = Tracked(op, period, filings);
        var replaced = filing.FileStatement(stored.Key, name, stored.Length, clock.UtcNow.UtcDateTime);
        IReadOnlyList<string> outcome;
        try
        {
            outcome = await SaveAsync(filing, cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }

        if ((outcome.Count == 0 ? replaced : stored.Key) is { } unused)
        {
            await files.DeleteAsync(unused, CancellationToken.None);
        }

        return outcome;
    }

    /// <summary>The checks of the statement's bytes, each with its Chinese message; null when accepted.</summary>
    public static string? StatementProblem(BufferedUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        const string name = "经审计的财务会计报表";
        if (upload.TooLarge)
        {
            return $"{name}超过 10 MB 的大小限制，请压缩后重新上传。";
        }

        if (upload.Length == 0)
        {
            return $"{name}为空（0字节），请重新选择文件。";
        }

        return PdfDocument.Check(upload.Content) switch
        {
            PdfCheck.NotPdf => $"{name}须为PDF格式：所选文件的内容不是PDF（只改文件扩展名无效），请上传审计报告的PDF文件。",
            PdfCheck.Truncated => $"{name}不是完整的PDF文件（缺少文件结束标记%%EOF），可能上传中断或文件已损坏：请重新导出后上传。",
            PdfCheck.NoCrossReference => $"{name}不是有效的PDF文件（缺少交叉引用表），只是以PDF标记开头：请上传由扫描仪或办公软件导出的PDF。",
            PdfCheck.Encrypted => $"{name}已加密或设有打开密码，区商务部门无法查看：请取消密码后重新上传。",
            _ => null,
        };
    }

    private string? CheckPeriod(DishonestOperator op, DishonestPeriod period, IReadOnlyDictionary<DishonestPeriod, ReportStatus> filed)
    {
        var today = clock.TodayInShanghai;
        if (period.End >= today)
        {
            return $"{period.Label}尚未到报送时间：期末次日起方可报送。";
        }

        if (period.End < DishonestPeriod.Of(period.Duty, op.ListedSince).Start)
        {
            return $"{period.Label}早于列入严重失信主体名单的时间，无需报送。";
        }

        if (filed.TryGetValue(period, out var status) && status != ReportStatus.Returned)
        {
            return DuplicateMessage;
        }

        // Like 数据填报 · 提示(1): in order, an earlier period left unfiled (or returned) is filed first.
        var earlier = DishonestPeriod.ToDate(period.Duty, op.ListedSince, today)
            .FirstOrDefault(p => p.Start < period.Start && (!filed.TryGetValue(p, out var s) || s == ReportStatus.Returned));
        return earlier.Start == default ? null : $"请先报送{earlier.Label}，再报送{period.Label}。";
    }

    private DishonestFiling Tracked(DishonestOperator op, DishonestPeriod period, List<DishonestFiling> filings)
    {
        if (filings.FirstOrDefault(f => f.Period == period) is { } known)
        {
            return known;
        }

        var filing = new DishonestFiling(Guid.NewGuid(), op.Operator.TenantId, op.Operator.OperatorUserId, op.Operator.OperatorName, period);
        db.Add(filing);
        return filing;
    }

    /// <summary>The filing and its step into the district's queue commit together, or neither does; a racing submit is refused.</summary>
    private Task<IReadOnlyList<string>> SaveAsync(DishonestFiling filing, CancellationToken cancellationToken) =>
        db.InTransactionAsync<IReadOnlyList<string>>(async () =>
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A double click or a second tab filed the period first (the unique index or the revision): its filing stands.
                db.ChangeTracker.Clear();
                return [DuplicateMessage];
            }

            var (instance, error) = await VerificationSteps.SendAsync(workflows, filing.WorkflowInstanceId, DishonestFiling.WorkflowKey, DishonestFiling.SubjectType,
                filing.Id, $"dishonest-resubmit:{filing.Id:N}:{filing.Revision}", cancellationToken);
            if (instance is null)
            {
                return [error ?? "提交失败，请稍后重试。"];
            }

            filing.AwaitVerification(instance.Id, instance.DueAtUtc);
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }, errors => errors.Count == 0, cancellationToken);

    private async Task<List<DishonestFiling>> FilingsAsync(DishonestOperator op, DishonestDuty duty, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<DishonestFiling>().Where(f => f.OperatorUserId == op.Operator.OperatorUserId && f.Duty == duty);
        return await (tracked ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
    }
}
