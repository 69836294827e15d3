using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Reporting.Domain.Dishonest;

/// <summary>
/// What a 严重失信主体 filed for one period of one duty: the month's figures, or the audited half-year statement (a PDF in
/// the file store). One row per operator, duty and period (a unique index): a returned filing is corrected on the same
/// row, so double submits and two tabs never make two. The district verifies it on the <c>reporting.dishonest</c> workflow.
/// </summary>
internal sealed class DishonestFiling : IMultiTenant
{
    public const string WorkflowKey = "reporting.dishonest";
    public const string SubjectType = "reporting.dishonestFiling";

    private DishonestFiling()
    {
        OperatorName = string.Empty;
    }

    public DishonestFiling(Guid id, Guid tenantId, Guid operatorUserId, string operatorName, DishonestPeriod period)
        : this()
    {
        (Id, TenantId, OperatorUserId, OperatorName, Duty, PeriodStart) = (id, tenantId, operatorUserId, operatorName, period.Duty, period.Start);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string OperatorName { get; private set; }

    public DishonestDuty Duty { get; private set; }

    /// <summary>The period's first day; with the operator and the duty, the unique key.</summary>
    public DateOnly PeriodStart { get; private set; }

    public DishonestPeriod Period => new(Duty, PeriodStart);

    /// <summary>月末预收资金余额 (monthly).</summary>
    public long BalanceFen { get; private set; }

    /// <summary>当月预收资金.</summary>
    public long MonthPrepaidFen { get; private set; }

    /// <summary>当月消费金额.</summary>
    public long MonthConsumptionFen { get; private set; }

    /// <summary>当月退款金额 (退款 and 退卡).</summary>
    public long MonthRefundFen { get; private set; }

    /// <summary>余额卡总数 at the month's end.</summary>
    public int CardsWithBalance { get; private set; }

    /// <summary>The statement's key in the file store (half-year).</summary>
    public string? FileKey { get; private set; }

    /// <summary>The name the operator's file had, for the district's download.</summary>
    public string? FileName { get; private set; }

    public long FileBytes { get; private set; }

    public ReportStatus Status { get; private set; }

    public string? ReturnReason { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    /// <summary>核对时限 of the current wait, copied from the workflow for the queue.</summary>
    public DateTime? VerifyDueAtUtc { get; private set; }

    /// <summary>How many times it was filed; the concurrency token, so two tabs re-filing at once save once.</summary>
    public int Revision { get; private set; }

    public void FileMonth(DishonestMonthFigures figures, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(figures);
        (BalanceFen, MonthPrepaidFen, MonthConsumptionFen, MonthRefundFen, CardsWithBalance) =
            (figures.BalanceFen, figures.MonthPrepaidFen, figures.MonthConsumptionFen, figures.MonthRefundFen, figures.CardsWithBalance);
        Submitted(nowUtc);
    }

    /// <summary>Files the statement; returns the key of the file it replaces (to delete once the save committed), if any.</summary>
    public string? FileStatement(string fileKey, string fileName, long bytes, DateTime nowUtc)
    {
        var replaced = FileKey;
        (FileKey, FileName, FileBytes) = (fileKey, fileName, bytes);
        Submitted(nowUtc);
        return replaced;
    }

    public void AwaitVerification(Guid instanceId, DateTime? dueAtUtc) => (WorkflowInstanceId, VerifyDueAtUtc) = (instanceId, dueAtUtc);

    public void ReturnByDistrict(string reason, DateTime nowUtc) => (ReturnReason, DecidedAtUtc) = (reason, nowUtc);

    /// <summary>The status the workflow set.</summary>
    public void FollowWorkflow(ReportStatus status, DateTime nowUtc)
    {
        if (status != Status && status != ReportStatus.Pending)
        {
            DecidedAtUtc ??= nowUtc;
        }

        Status = status;
        if (status == ReportStatus.Accepted)
        {
            ReturnReason = null;
        }
    }

    private void Submitted(DateTime nowUtc)
    {
        (Status, SubmittedAtUtc, DecidedAtUtc) = (ReportStatus.Pending, nowUtc, null);
        Revision++;
    }
}

/// <summary>The month's figures in 分 (monthly report of a 严重失信主体).</summary>
internal sealed record DishonestMonthFigures(long BalanceFen, long MonthPrepaidFen, long MonthConsumptionFen, long MonthRefundFen, int CardsWithBalance);
