using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Rules;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages;

/// <summary>
/// 风险码规则 (city, issue 17 · 2): each rule's condition, colour and public text; a condition that does not parse is refused
/// with the character where it fails, and nothing is saved. Saving recomputes every code (set-based).
/// </summary>
[Authorize(Policy = CreditRiskPermissions.RulesManage)]
internal sealed class RulesModel(PlatformDbContext db, RiskRules rules, RiskCodes codes) : PageModel
{
    public IReadOnlyList<RiskRule> Rules { get; private set; } = [];

    public IReadOnlyList<string> Facts => RuleFacts.Names;

    /// <summary>The rule being edited (empty id: a new rule).</summary>
    [BindProperty]
    public Guid? Id { get; set; }

    [BindProperty]
    public int Order { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Condition { get; set; }

    [BindProperty]
    public string? Colour { get; set; }

    [BindProperty]
    public string? PublicText { get; set; }

    [BindProperty]
    public bool Enabled { get; set; } = true;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rules = await rules.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var (field, error) in RiskRules.Validate(Name, Condition, Colour, PublicText))
        {
            ModelState.AddModelError(field, error);
        }

        var rule = Id is { } id ? await db.Set<RiskRule>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (Id is not null && rule is null)
        {
            ModelState.AddModelError(string.Empty, "该规则已不存在：请刷新页面。");
        }

        if (!ModelState.IsValid)
        {
            Rules = await rules.ListAsync(cancellationToken);
            return Page();
        }

        if (rule is null)
        {
            db.Add(new RiskRule(Guid.NewGuid(), Order, Name!.Trim(), Condition!.Trim(), RiskColours.ByName(Colour)!.Value, PublicText!.Trim()));
        }
        else
        {
            rule.Update(Order, Name!.Trim(), Condition!.Trim(), RiskColours.ByName(Colour)!.Value, PublicText!.Trim(), Enabled);
        }

        await db.SaveChangesAsync(cancellationToken);
        await codes.RecomputeAllAsync("风险码规则调整", cancellationToken);
        Notice = "规则已保存，所有经营者的风险码已按新规则重新计算。";
        return RedirectToPage();
    }
}
