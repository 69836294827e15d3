using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Departments;

/// <summary>编辑执法部门 (city): its name, contact and 启用/停用.</summary>
[Authorize(Policy = CreditRiskPermissions.DepartmentsManage)]
internal sealed class EditModel(EnforcementDepartments departments) : PageModel
{
    [BindProperty]
    public DepartmentForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await departments.FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Input = new DepartmentForm { Name = found.Name, Contact = found.Contact, IsActive = found.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var outcome = await departments.SaveAsync(id, Input.Name, Input.Contact, Input.IsActive, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return Redirect("/CreditRisk/Departments");
        }

        if (outcome.Message == EnforcementDepartments.NotFoundMessage)
        {
            return NotFound();
        }

        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
        return Page();
    }
}
