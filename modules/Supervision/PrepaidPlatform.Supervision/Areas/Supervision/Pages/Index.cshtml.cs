using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Domain;

namespace PrepaidPlatform.Supervision.Areas.Supervision.Pages;

/// <summary>监管看板: a quarter's figures by each dimension with the trends, read from the snapshot; the city may 重新统计.</summary>
[Authorize]
internal sealed class IndexModel(SupervisionDashboard dashboard, SnapshotRefresh refresh, IClock clock) : PageModel
{
    public string RefreshedAt => clock.Format(Run?.RefreshedAtUtc);

    public IReadOnlyList<SnapshotRun> Runs { get; private set; } = [];

    public SnapshotRun? Run { get; private set; }

    public FigureRow Total { get; private set; } = FigureRow.Of("合计", null, []);

    public IReadOnlyList<(Dimension Dimension, IReadOnlyList<FigureRow> Rows)> Tables { get; private set; } = [];

    public IReadOnlyList<FigureRow> Trend { get; private set; } = [];

    public bool IsCity => dashboard.IsCity;

    public bool CanRefresh => dashboard.CanRefresh;

    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterKey { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!dashboard.CanRead)
        {
            return Forbid();
        }

        await LoadRunAsync(cancellationToken);
        if (Run is not null)
        {
            var tables = new List<(Dimension, IReadOnlyList<FigureRow>)>();
            foreach (var dimension in Dimensions.Charted)
            {
                tables.Add((dimension, await dashboard.FiguresAsync(Run.Quarter, dimension, cancellationToken)));
            }

            Tables = tables;
            var byDistrict = tables.First(t => t.Item1 == Dimension.District).Item2;
            Total = Sum(byDistrict);
            Trend = await dashboard.TrendAsync(cancellationToken);
        }

        return Page();
    }

    /// <summary>重新统计: the city refreshes the current quarter's snapshot now instead of waiting for the night.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken)
    {
        if (!dashboard.CanRefresh)
        {
            return Forbid();
        }

        var run = await refresh.RefreshAsync("重新统计：" + (User.Identity?.Name ?? "市级用户"), cancellationToken);
        Message = $"已重新统计，共 {run.Operators} 家经营者。";
        return RedirectToPage(new { quarter = run.Quarter });
    }

    /// <summary>One dimension's table as an .xlsx, as the page shows it.</summary>
    public async Task<IActionResult> OnGetExportAsync(Dimension dimension, CancellationToken cancellationToken)
    {
        if (!dashboard.CanRead)
        {
            return Forbid();
        }

        await LoadRunAsync(cancellationToken);
        if (Run is null)
        {
            return NotFound();
        }

        var title = Dimensions.Title(dimension, IsCity);
        var rows = await dashboard.FiguresAsync(Run.Quarter, dimension, cancellationToken);
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [title] = r.Label,
            ["经营者数"] = r.Operators,
            ["预收资金余额(元)"] = Money.Yuan(r.BalanceFen),
            ["存管金额(元)"] = Money.Yuan(r.CustodyFen),
            ["存管达标"] = r.Compliant,
            ["存管不足"] = r.Short,
            ["达标率(%)"] = r.ComplianceRate,
            ["已对接"] = r.Connected,
            ["绿码"] = r.Green,
            ["黄码"] = r.Yellow,
            ["红码"] = r.Red,
            ["黑码"] = r.Black,
        }).ToList();
        return await ExcelFile.OfAsync(sheet, $"监管看板-{title}-{Run.Quarter}.xlsx", cancellationToken);
    }

    /// <summary>The drill-down of a figure: the page's quarter, the dimension's value and the measure (a colour, 达标/不足).</summary>
    public string OperatorsUrl(Dimension dimension, FigureRow row, string? measure = null)
    {
        var query = new Dictionary<string, string?> { ["quarter"] = Run?.Quarter };
        if (dimension == Dimension.District && IsCity)
        {
            query["district"] = row.Value;
        }
        else if (row.Value is not null)
        {
            (query["dim"], query["key"]) = (dimension.ToString(), row.Value);
        }

        AddMeasure(query, measure);
        return Link(query);
    }

    public string TotalUrl(string? measure = null)
    {
        var query = new Dictionary<string, string?> { ["quarter"] = Run?.Quarter };
        AddMeasure(query, measure);
        return Link(query);
    }

    /// <summary>The charts' data for dashboard.js: labels, the colour counts and each bar's drill-down link.</summary>
    public string ChartJson() => JsonSerializer.Serialize(new
    {
        charts = Tables.Select(t => new
        {
            id = t.Dimension.ToString(),
            title = Dimensions.Title(t.Dimension, IsCity),
            labels = t.Rows.Select(r => r.Label),
            series = Colours.All.Select(c => new
            {
                name = c,
                data = t.Rows.Select(r => Count(r, c)),
                urls = t.Rows.Select(r => OperatorsUrl(t.Dimension, r, c)),
            }),
            balance = t.Rows.Select(r => Money.Yuan(r.BalanceFen)),
            complianceRate = t.Rows.Select(r => r.ComplianceRate),
        }),
        trend = new
        {
            labels = Trend.Select(r => r.Label),
            operators = Trend.Select(r => r.Operators),
            balance = Trend.Select(r => Money.Yuan(r.BalanceFen)),
            complianceRate = Trend.Select(r => r.ComplianceRate),
            connectionRate = Trend.Select(r => r.ConnectionRate),
            urls = Trend.Select(r => "/Supervision/Operators?quarter=" + r.Value),
        },
    });

    internal static int Count(FigureRow row, string colour) => colour switch
    {
        Colours.Yellow => row.Yellow,
        Colours.Red => row.Red,
        Colours.Black => row.Black,
        _ => row.Green,
    };

    private static FigureRow Sum(IReadOnlyList<FigureRow> rows) => new(
        "合计", null, rows.Sum(r => r.Operators), rows.Sum(r => r.BalanceFen), rows.Sum(r => r.CustodyFen), rows.Sum(r => r.Compliant), rows.Sum(r => r.Connected),
        rows.Sum(r => r.Green), rows.Sum(r => r.Yellow), rows.Sum(r => r.Red), rows.Sum(r => r.Black), rows.Sum(r => r.Complaints));

    private static void AddMeasure(Dictionary<string, string?> query, string? measure)
    {
        switch (measure)
        {
            case null:
                break;
            case "达标":
                query["compliance"] = "达标";
                break;
            case "不足":
                query["compliance"] = "不足";
                break;
            case "已对接":
            case "未对接":
                query["connection"] = measure;
                break;
            default:
                query["colour"] = measure;
                break;
        }
    }

    private static string Link(Dictionary<string, string?> query) =>
        "/Supervision/Operators?" + string.Join("&", query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value!)));

    private async Task LoadRunAsync(CancellationToken cancellationToken)
    {
        Runs = await dashboard.RunsAsync(cancellationToken);
        Run = Runs.FirstOrDefault(r => r.Quarter == QuarterKey) ?? (Runs.Count > 0 ? Runs[0] : null);
    }
}
