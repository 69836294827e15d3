using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application.Feed;
using PrepaidPlatform.Reporting.Application.Summaries;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.Operators;

/// <summary>
/// 填报情况 (district): the district's operators on file for a quarter with their 填报 status, 已对接 / 未对接 (and the card
/// system) and 数据差异 with both figures; filtered by connection, by divergence and by name or USCC, paged on the server.
/// </summary>
[Authorize(Policy = ReportingPermissions.OperatorsRead)]
internal sealed class IndexModel(QuarterBoard board, IClock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodText { get; set; }

    /// <summary>对接: <c>yes</c> 已对接, <c>no</c> 未对接, anything else 全部.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Connected { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Divergent { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    // Not "page": Razor Pages' own route value of that name wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ReportPeriod Period { get; private set; }

    public IReadOnlyList<BoardRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Period = QuarterChoice.Resolve(PeriodText, clock.TodayInShanghai);
        var search = Search?.Trim();
        var rows = (await board.RowsAsync(Period, cancellationToken))
            .Where(r => Connected switch { "yes" => r.Connection is not null, "no" => r.Connection is null, _ => true })
            .Where(r => !Divergent || r.Divergent)
            .Where(r => string.IsNullOrEmpty(search) || r.Operator.Name.Contains(search, StringComparison.Ordinal) || r.Operator.Uscc.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Operator.Name, StringComparer.Ordinal).ThenBy(r => r.Operator.Uscc, StringComparer.Ordinal)
            .ToList();
        Total = rows.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public string Query(int page) =>
        $"?period={QuarterChoice.Value(Period)}&connected={Uri.EscapeDataString(Connected ?? "")}&divergent={Divergent}&search={Uri.EscapeDataString(Search ?? "")}&p={page}";
}
