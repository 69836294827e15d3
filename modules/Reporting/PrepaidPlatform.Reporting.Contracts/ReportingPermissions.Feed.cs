namespace PrepaidPlatform.Reporting;

/// <summary>Permissions of the card-system feed and the summaries (issue 13 · 6, 8).</summary>
public static partial class ReportingPermissions
{
    /// <summary>District: 填报情况, the own district's operators for a quarter with 已对接 / 未对接 and 数据差异.</summary>
    public const string OperatorsRead = "Reporting.Operators.Read";

    /// <summary>District: 季度汇总 of the own district, its Excel export and its submission to the city.</summary>
    public const string SummariesSubmit = "Reporting.Summaries.Submit";

    /// <summary>City: the districts' submitted 季度汇总 side by side, and its Excel export.</summary>
    public const string SummariesReadAll = "Reporting.Summaries.ReadAll";

    /// <summary>City: 发卡系统 and their API credentials.</summary>
    public const string CardSystemsManage = "Reporting.CardSystems.Manage";
}
