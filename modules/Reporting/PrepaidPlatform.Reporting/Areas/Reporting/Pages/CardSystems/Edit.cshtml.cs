using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Reporting.Application.Feed;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.CardSystems;

/// <summary>新增 / 编辑 a card system (city). A refused save shows the messages beside the fields, as typed, and changes nothing.</summary>
[Authorize(Policy = ReportingPermissions.CardSystemsManage)]
internal sealed class EditModel(Application.Feed.CardSystems systems) : PageModel
{
    [BindProperty]
    public CardSystemInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            if (await systems.FindAsync(existing, cancellationToken) is not { } system)
            {
                return NotFound();
            }

            Input = new CardSystemInput { Name = system.Name, Uscc = system.Uscc, Active = system.Active };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        var outcome = await systems.SaveAsync(id, Input, cancellationToken);
        if (outcome.Id is null)
        {
            foreach (var (field, message) in outcome.FieldErrors)
            {
                ModelState.AddModelError(field.Length == 0 ? string.Empty : "Input." + field, message);
            }

            return Page();
        }

        return Redirect("/Reporting/CardSystems");
    }
}
