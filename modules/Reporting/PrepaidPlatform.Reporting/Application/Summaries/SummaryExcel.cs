using MiniExcelLibs;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Application.Summaries;

/// <summary>The summaries as Excel workbooks (MiniExcel): the columns of the pages, amounts in 元 as numbers with two decimals.</summary>
internal static class SummaryExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A district's 季度汇总: sheets 合计, 按行业, 按街道.</summary>
    public static async Task<MemoryStream> DistrictAsync(DistrictSummaryView view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        var sheets = new Dictionary<string, object>
        {
            ["合计"] = new[] { Row("项目", view.Total) }.ToList(),
            ["按行业"] = view.ByIndustry.Append(view.Total).Select(l => Row("所属行业", l)).ToList(),
            ["按街道"] = view.ByStreet.Append(view.Total).Select(l => Row("所在街道", l)).ToList(),
        };
        return await SaveAsync(sheets, cancellationToken);
    }

    /// <summary>The city's table of districts for a quarter: one row per district (未报送 without figures), and the 合计 of those submitted.</summary>
    public static async Task<MemoryStream> CityAsync(ReportPeriod period, IReadOnlyList<CitySummaryLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = lines.Select(l => l.Submitted is { } s
            ? Row("区", new SummaryLine(l.District.Name, s.Figures), ("报送状态", "已报送"), ("报送时间", s.SubmittedAtUtc.AddHours(8).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))
            : Unsubmitted(l.District.Name)).ToList();
        var total = QuarterSummaries.Add(lines.Where(l => l.Submitted is not null).Select(l => l.Submitted!.Figures));
        rows.Add(Row("区", new SummaryLine("合计（已报送）", total), ("报送状态", null), ("报送时间", null)));
        return await SaveAsync(new Dictionary<string, object> { [period.Name] = rows }, cancellationToken);
    }

    /// <summary>One line with the summary's columns, in the pages' order.</summary>
    public static Dictionary<string, object?> Row(string nameColumn, SummaryLine line, params (string Column, object? Value)[] extra)
    {
        ArgumentNullException.ThrowIfNull(line);
        var f = line.Figures;
        var row = new Dictionary<string, object?> { [nameColumn] = line.Name };
        foreach (var (column, value) in extra)
        {
            row[column] = value;
        }

        row["备案经营者(户)"] = f.Operators;
        row["应报(户)"] = f.Due;
        row["已报(户)"] = f.Reported;
        row["待核对(户)"] = f.Pending;
        row["已退回(户)"] = f.Returned;
        row["已通过(户)"] = f.Accepted;
        row["已超期(户)"] = f.Overdue;
        row["已对接发卡系统(户)"] = f.Connected;
        row["数据差异(户)"] = f.Divergent;
        row["预收资金(元)"] = Yuan(f.PrepaidTotalFen);
        row["预收资金余额(元)"] = Yuan(f.BalanceFen);
        row["余额卡总数"] = f.CardsWithBalance;
        row["季度预收资金(元)"] = Yuan(f.QuarterPrepaidFen);
        row["季度发卡数量"] = f.QuarterCardsIssued;
        row["季度消费金额(元)"] = Yuan(f.QuarterConsumptionFen);
        row["季度退款金额(元)"] = Yuan(f.QuarterRefundFen);
        row["季度退卡金额(元)"] = Yuan(f.QuarterCardReturnFen);
        return row;
    }

    private static decimal Yuan(long fen) => fen / 100m;

    /// <summary>A district that has not submitted: the same columns, the figures left empty.</summary>
    private static Dictionary<string, object?> Unsubmitted(string district)
    {
        var row = Row("区", new SummaryLine(district, SummaryFigures.Zero), ("报送状态", "未报送"), ("报送时间", null));
        foreach (var column in row.Keys.Skip(3).ToList())
        {
            row[column] = null;
        }

        return row;
    }

    private static async Task<MemoryStream> SaveAsync(object sheets, CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        stream.Position = 0;
        return stream;
    }
}
