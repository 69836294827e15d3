using MiniExcelLibs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Account;

/// <summary>
/// 专用存管账户 (专用存管账户管理): 账户信息, the bank's latest figures and the 存管账单 table, filtered by 查询时间 and
/// exportable with the same filter. An operator not yet under supervision (no approved filing) sees why.
/// </summary>
[Authorize(Policy = CustodyPermissions.AccountRead)]
internal sealed class IndexModel(CustodyAccountPage accounts, CustodyRequirements requirements, IRuleProfile rules, IClock clock) : PageModel
{
    public CustodyOperator? Operator { get; private set; }

    /// <summary>应存管金额 with its working, 达标 / 不足 (item 4); null without a supervised account.</summary>
    public CustodyRequirementView? Requirement { get; private set; }

    /// <summary>Only the Shanghai profile reads 上年度主营业务收入, so only there may the operator declare it.</summary>
    public bool CanDeclareRevenue { get; private set; }

    public IReadOnlyList<StatementRow> Statements { get; private set; } = [];

    public IReadOnlyList<BindingRow> Bindings { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (Total + CustodyAccountPage.PageSize - 1) / CustodyAccountPage.PageSize);

    public string? FilterError { get; private set; }

    public string Local(DateTime? utc) => clock.Format(utc);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Operator = await accounts.FindOperatorAsync(cancellationToken);
        if (Operator is null || !CheckFilter())
        {
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        Requirement = await requirements.EvaluateAsync(Operator, cancellationToken);
        CanDeclareRevenue = (await rules.GetAsync(cancellationToken)).Profile == RuleProfileKind.Shanghai;
        (Statements, Total) = await accounts.StatementsAsync(Operator.Id, From, To, PageNumber, CustodyAccountPage.PageSize, cancellationToken);
        Bindings = await accounts.BindingsAsync(Operator.Id, cancellationToken);
    }

    /// <summary>导出: the statements of the same filter as an .xlsx workbook, columns as on the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        Operator = await accounts.FindOperatorAsync(cancellationToken);
        if (Operator is null || !CheckFilter())
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        var (rows, _) = await accounts.StatementsAsync(Operator.Id, From, To, 1, CustodyAccountPage.ExportLimit, cancellationToken);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            ["查询时间"] = Local(r.AsOfUtc),
            ["账户余额(元)"] = r.BalanceFen / 100m,
            ["存管金额(元)"] = r.CustodyFen / 100m,
            ["可用金额(元)"] = r.AvailableFen / 100m,
            ["账户状态"] = r.Status.Label(),
            ["账户信息"] = r.Account,
            ["说明"] = r.Remark ?? string.Empty,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "存管账单", cancellationToken: cancellationToken);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"存管账单_{clock.TodayInShanghai:yyyyMMdd}.xlsx");
    }

    /// <summary>The query string of the current filter, for paging and export links.</summary>
    public string Query(int? page = null) =>
        $"From={From:yyyy-MM-dd}&To={To:yyyy-MM-dd}" + (page is { } p ? $"&p={p}" : string.Empty);

    private bool CheckFilter()
    {
        if (!ModelState.IsValid)
        {
            FilterError = "查询日期格式不正确，请按“年-月-日”选择日期。";
            return false;
        }

        if (From is { } f && To is { } t && f > t)
        {
            FilterError = "开始日期不能晚于结束日期。";
            return false;
        }

        return true;
    }
}
