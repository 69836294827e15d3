using MiniExcelLibs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Evaluation;

/// <summary>机构年度评价 (city): the ranked table of an evaluation year, its rules in words, 投诉登记, and the Excel export.</summary>
[Authorize(Policy = CustodyPermissions.InstitutionsManage)]
internal sealed class IndexModel(CustodyEvaluation evaluation, CustodyComplaints complaints, CustodyInstitutions institutions, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<EvaluationRow> Rows { get; private set; } = [];

    public IReadOnlyList<CustodyInstitution> Institutions { get; private set; } = [];

    public string? Refusal { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public IEnumerable<int> Years => Enumerable.Range(2024, Math.Max(1, CustodyEvaluation.YearOf(clock.TodayInShanghai) - 2024 + 1)).Reverse();

    public static string Label(int year) => $"{year}年7月—{year + 1}年6月";

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostComplaintAsync(Guid institutionId, DateOnly? receivedOn, string? summary, CancellationToken cancellationToken)
    {
        Refusal = await complaints.AddAsync(institutionId, receivedOn, summary, cancellationToken);
        if (Refusal is null)
        {
            Notice = "投诉已登记，计入投诉日期所在评价年度。";
            return Redirect($"/Custody/Evaluation?Year={CustodyEvaluation.YearOf(receivedOn!.Value)}");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var sheet = Rows.Select(r => new Dictionary<string, object?>
        {
            ["机构类型"] = CustodyInstitutions.KindLabel(r.Kind),
            ["排名"] = r.Rank,
            ["机构名称"] = r.Name,
            ["应报送天数"] = r.ExpectedDays,
            ["未报送天数"] = r.MissingDays,
            ["报送记录数"] = r.Records,
            ["被拒绝记录数"] = r.Refused,
            ["投诉件数"] = r.Complaints,
            ["及时性"] = r.TimelinessScore,
            ["准确性"] = r.AccuracyScore,
            ["投诉得分"] = r.ComplaintScore,
            ["综合得分"] = r.Total,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "年度评价", cancellationToken: cancellationToken);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"存管机构年度评价_{SelectedYear}.xlsx");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        SelectedYear = Year ?? CustodyEvaluation.YearOf(clock.TodayInShanghai);
        Rows = await evaluation.RankAsync(SelectedYear, cancellationToken);
        Institutions = [.. await institutions.ListAsync(InstitutionKind.Bank, cancellationToken), .. await institutions.ListAsync(InstitutionKind.Insurer, cancellationToken)];
    }
}
