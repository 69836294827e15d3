using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Dishonest;

/// <summary>
/// Lists or delists one operator as 严重失信主体 (city), with a required reason, through <see cref="ISeriousDishonestFlags"/>
/// — the contract CreditRisk will call — so the hand-set flag and the later automatic one take the same path.
/// </summary>
[Authorize(Policy = CustodyPermissions.SeriousDishonestManage)]
internal sealed class EditModel(
    PlatformDbContext db, ICrossTenantAccess crossTenant, ISeriousDishonestFlags flags, CustodyRequirements requirements, IRuleProfile rules, IClock clock)
    : PageModel
{
    public CustodyOperator Operator { get; private set; } = null!;

    public CustodyRequirementView Requirement { get; private set; } = null!;

    public bool IsShanghai { get; private set; }

    public string ChangedAt => clock.Format(Operator.SeriousDishonestSetAtUtc);

    /// <summary>列入 (true) or 移出 (false).</summary>
    [BindProperty]
    public bool Listed { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Listed = !Operator.SeriousDishonest;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var reason = Reason?.Trim();
        if (Listed == Operator.SeriousDishonest)
        {
            ModelState.AddModelError(nameof(Listed), Listed ? "该经营者已是严重失信主体，无需再次列入。" : "该经营者不是严重失信主体，无需移出。");
        }

        if (string.IsNullOrEmpty(reason))
        {
            ModelState.AddModelError(nameof(Reason), Listed ? "请填写列入严重失信主体的原因。" : "请填写移出严重失信主体的原因。");
        }
        else if (reason.Length > ISeriousDishonestFlags.ReasonMaxLength)
        {
            ModelState.AddModelError(nameof(Reason), $"原因不得超过 {ISeriousDishonestFlags.ReasonMaxLength} 字。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        using (crossTenant.EnterCityScope())
        {
            await flags.SetAsync(Operator.OperatorUserId, Listed, reason!, cancellationToken);
        }

        Notice = (Listed ? "已列入严重失信主体。" : "已移出严重失信主体。")
            + (IsShanghai ? "应存管金额已按上海规则重新计算。" : "当前适用北京规则，应存管金额不变。");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        using (crossTenant.EnterCityScope())
        {
            if (await db.Set<CustodyOperator>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } op)
            {
                return false;
            }

            Operator = op;
            Requirement = await requirements.EvaluateAsync(op, cancellationToken);
        }

        IsShanghai = (await rules.GetAsync(cancellationToken)).Profile == RuleProfileKind.Shanghai;
        return true;
    }
}
