using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Departments;

/// <summary>执法部门 (city): the list the districts refer findings to, and the form that adds one.</summary>
[Authorize(Policy = CreditRiskPermissions.DepartmentsManage)]
internal sealed class IndexModel(EnforcementDepartments departments) : PageModel
{
    public IReadOnlyList<EnforcementDepartment> Departments { get; private set; } = [];

    [BindProperty]
    public DepartmentForm Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Departments = await departments.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var outcome = await departments.SaveAsync(null, Input.Name, Input.Contact, isActive: true, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return RedirectToPage();
        }

        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
        Departments = await departments.ListAsync(cancellationToken);
        return Page();
    }
}

/// <summary>A department's fields as the city types them.</summary>
internal sealed class DepartmentForm
{
    public string? Name { get; set; }

    public string? Contact { get; set; }

    public bool IsActive { get; set; } = true;
}
