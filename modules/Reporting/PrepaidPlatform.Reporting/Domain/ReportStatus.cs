namespace PrepaidPlatform.Reporting.Domain;

/// <summary>The status of a filed report; a period without one is 待填报 or 已超期 (<see cref="PeriodStatus"/>).</summary>
internal enum ReportStatus
{
    /// <summary>待核对: filed, awaiting the district.</summary>
    Pending = 1,

    /// <summary>已退回: returned (automatically for custody below the share, or by the district); the operator re-files.</summary>
    Returned = 2,

    /// <summary>已通过: accepted by the district.</summary>
    Accepted = 3,
}

/// <summary>The status column of the periods table.</summary>
internal enum PeriodStatus
{
    /// <summary>待填报: the window is open and nothing was filed.</summary>
    Due = 0,

    /// <summary>已超期: the deadline passed and nothing was filed.</summary>
    Overdue = 1,

    Pending = 2,

    Returned = 3,

    Accepted = 4,
}

internal static class PeriodStatusNames
{
    public static string Label(this PeriodStatus status) => status switch
    {
        PeriodStatus.Due => "待填报",
        PeriodStatus.Overdue => "已超期",
        PeriodStatus.Pending => "待核对",
        PeriodStatus.Returned => "已退回",
        PeriodStatus.Accepted => "已通过",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static PeriodStatus ToPeriodStatus(this ReportStatus status) => status switch
    {
        ReportStatus.Pending => PeriodStatus.Pending,
        ReportStatus.Returned => PeriodStatus.Returned,
        ReportStatus.Accepted => PeriodStatus.Accepted,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
