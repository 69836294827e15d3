using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Application;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Areas.Platform.Pages.Calendar;

/// <summary>工作日历: the city enters each year's official holidays and adjusted working days (SPEC P4) when the State Council publishes them.</summary>
[Authorize(Policy = PlatformPermissions.CalendarManage)]
internal sealed class IndexModel(CalendarService calendar, IWorkingDayCalendar workingDays, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The listed day being changed (the form below the list is filled with it).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Edit { get; set; }

    [BindProperty]
    public DayInput Input { get; set; } = new();

    public IReadOnlyList<CalendarService.Entry> Days { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public bool YearCovered { get; private set; }

    public int CurrentYear => clock.TodayInShanghai.Year;

    /// <summary>The current year, or next year late in the year, when the calendar has not been entered for it.</summary>
    public IReadOnlyList<int> MissingYears { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Edit is { } date && Days.FirstOrDefault(d => d.Date == date) is { } day)
        {
            Input = new DayInput { Date = day.Date, Kind = day.Kind, Note = day.Note };
        }
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        SubmitAsync(entry => calendar.AddAsync(entry, cancellationToken), "已添加", cancellationToken);

    public Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken) =>
        SubmitAsync(entry => calendar.ChangeAsync(entry, cancellationToken), "已修改", cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var result = await calendar.RemoveAsync(date, cancellationToken);
        TempData["Message"] = result.Error ?? $"已删除{CalendarLabels.Date(date)}。";
        return RedirectToPage(new { year = date.Year });
    }

    private async Task<IActionResult> SubmitAsync(Func<CalendarService.Entry, Task<EditResult>> save, string done, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && Input.Date is { } date && Input.Kind is { } kind)
        {
            var result = await save(new CalendarService.Entry(date, kind, Input.Note ?? string.Empty));
            if (result.Succeeded)
            {
                TempData["Message"] = $"{done}{CalendarLabels.Date(date)}（{CalendarLabels.Kind(kind)}）。";
                return RedirectToPage(new { year = date.Year });
            }

            ModelState.AddModelError(string.Empty, result.Error!);
        }

        Year ??= Input.Date?.Year;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Year ??= CurrentYear;
        Days = await calendar.ListAsync(Year.Value, cancellationToken);
        YearCovered = Days.Count > 0;
        var listed = await calendar.YearsAsync(cancellationToken);
        Years = [.. listed.Union([CurrentYear, CurrentYear + 1, Year.Value]).OrderDescending()];

        // The notice for next year usually comes out in November: from then on its absence is worth a warning too.
        var expected = clock.TodayInShanghai.Month >= 11 ? new[] { CurrentYear, CurrentYear + 1 } : [CurrentYear];
        var missing = new List<int>();
        foreach (var year in expected)
        {
            if (!await workingDays.IsYearCoveredAsync(year, cancellationToken))
            {
                missing.Add(year);
            }
        }

        MissingYears = missing;
    }

    internal sealed class DayInput
    {
        [Display(Name = "日期")]
        [Required(ErrorMessage = "请选择日期")]
        public DateOnly? Date { get; set; }

        [Display(Name = "类型")]
        [Required(ErrorMessage = "请选择类型")]
        public CalendarDayKind? Kind { get; set; }

        [Display(Name = "说明")]
        public string? Note { get; set; }
    }
}
