using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages;

/// <summary>
/// 上年度主营业务收入 as the operator declares it (Shanghai's special standard = min(20% × revenue, 5000 万)); only under
/// the Shanghai profile, where it changes the requirement. Re-evaluates at once, so a declaration may open an episode.
/// </summary>
[Authorize(Policy = CustodyPermissions.AccountRead)]
internal sealed class RevenueModel(PlatformDbContext db, ICurrentUser user, IRuleProfile rules, CustodyRequirements requirements, CustodyCompliance compliance, IClock clock)
    : PageModel
{
    [BindProperty]
    public string? Amount { get; set; }

    public CustodyRequirementView? Requirement { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if ((await rules.GetAsync(cancellationToken)).Profile != RuleProfileKind.Shanghai)
        {
            return NotFound();
        }

        var op = await db.Set<CustodyOperator>().FirstOrDefaultAsync(o => o.OperatorUserId == user.Id, cancellationToken);
        if (op is null)
        {
            return NotFound();
        }

        if (!decimal.TryParse(Amount?.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan)
            || yuan < 0 || decimal.Round(yuan, 2) != yuan || yuan > 100_000_000_000m)
        {
            ModelState.AddModelError(nameof(Amount), "上年度主营业务收入须为不小于 0 的金额（元），最多两位小数。");
            return await ShowAsync(cancellationToken);
        }

        op.DeclareRevenue((long)(yuan * 100), clock.UtcNow.UtcDateTime);
        await compliance.ReevaluateAsync([op.Id], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Notice = "上年度主营业务收入已保存，应存管金额已按新的特殊标准重新计算。";
        return RedirectToPage();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if ((await rules.GetAsync(cancellationToken)).Profile != RuleProfileKind.Shanghai)
        {
            return NotFound();
        }

        var op = await db.Set<CustodyOperator>().AsNoTracking().FirstOrDefaultAsync(o => o.OperatorUserId == user.Id, cancellationToken);
        if (op is null)
        {
            return NotFound();
        }

        Requirement = await requirements.EvaluateAsync(op, cancellationToken);
        Amount ??= op.LastYearMainRevenueFen is { } r ? (r / 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;
        return Page();
    }
}
