using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;

namespace PrepaidPlatform.Portal.Areas.Portal.Pages.Gongshi;

/// <summary>The portal's Chinese labels and badge colours of the contracts' values, in one place for every page.</summary>
internal static class PortalLabels
{
    public static string Status(PublicFilingStatus status) => status switch
    {
        PublicFilingStatus.Suspended => "备案码暂停",
        PublicFilingStatus.Deregistered => "已注销",
        _ => "已备案",
    };

    public static string StatusBadge(PublicFilingStatus status) => status switch
    {
        PublicFilingStatus.Suspended => "text-bg-warning",
        PublicFilingStatus.Deregistered => "text-bg-secondary",
        _ => "text-bg-success",
    };

    public static string RiskBadge(string colour) => colour switch
    {
        "黄码" => "text-bg-warning",
        "红码" => "text-bg-danger",
        "黑码" => "text-bg-dark",
        _ => "text-bg-success",
    };

    // No amounts: 达标 / 不足 only (issue 18 · 1).
    public static string Custody(PublicCustodyStatus status) => status switch
    {
        PublicCustodyStatus.Compliant => "达标",
        PublicCustodyStatus.BelowRequired => "不足",
        PublicCustodyStatus.Pending => "待核验",
        _ => "未纳入存管",
    };

    public static string CustodyBadge(PublicCustodyStatus status) => status switch
    {
        PublicCustodyStatus.Compliant => "text-bg-success",
        PublicCustodyStatus.BelowRequired => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string List(PublicCreditList list) => list switch
    {
        PublicCreditList.AbnormalOperation => "经营异常名录",
        PublicCreditList.SeriousDishonest => "严重失信主体",
        _ => "行政处罚",
    };
}

/// <summary>A pager's state: the page shown, how many there are and the address of a page.</summary>
internal sealed record Pager(int Page, int Total, int PageSize, Func<int, string> Link)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
