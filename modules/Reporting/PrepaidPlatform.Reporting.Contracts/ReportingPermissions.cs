namespace PrepaidPlatform.Reporting;

/// <summary>Permissions of 数据填报 (<c>Group.Entity.Action</c>).</summary>
public static partial class ReportingPermissions
{
    public const string GroupName = "数据填报";

    /// <summary>Operator: read the own quarterly periods and file 数据填报.</summary>
    public const string ReportsFile = "Reporting.Reports.File";
}
