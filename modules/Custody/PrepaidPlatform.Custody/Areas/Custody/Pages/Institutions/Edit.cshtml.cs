using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Institutions;

/// <summary>新增 / 编辑 an institution (city): 名称, 统一社会信用代码 (check digit verified), 银行 for a bank, 联系人, 联系电话, 状态.</summary>
[Authorize(Policy = CustodyPermissions.InstitutionsManage)]
internal sealed class EditModel(CustodyInstitutions institutions) : PageModel
{
    [BindProperty]
    public InstitutionForm Input { get; set; } = new();

    public InstitutionKind Kind { get; private set; }

    public string Segment => InstitutionKinds.Segment(Kind);

    public bool IsNew { get; private set; }

    public string Title => (IsNew ? "新增" : "编辑") + CustodyInstitutions.KindLabel(Kind);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string kind, Guid? id, CancellationToken cancellationToken)
    {
        if (InstitutionKinds.Parse(kind) is not { } parsed)
        {
            return NotFound();
        }

        (Kind, IsNew) = (parsed, id is null);
        if (id is { } existingId)
        {
            if (await institutions.FindAsync(existingId, cancellationToken) is not { } found || found.Kind != parsed)
            {
                return NotFound();
            }

            Input = new InstitutionForm
            {
                Name = found.Name, Uscc = found.Uscc, BankCode = found.BankCode,
                ContactName = found.ContactName, ContactPhone = found.ContactPhone, Status = found.Status,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, Guid? id, CancellationToken cancellationToken)
    {
        if (InstitutionKinds.Parse(kind) is not { } parsed)
        {
            return NotFound();
        }

        (Kind, IsNew) = (parsed, id is null);
        ModelState.Clear();
        var outcome = await institutions.SaveAsync(id, parsed, new InstitutionInput(
            Input.Name, Input.Uscc, Input.BankCode, Input.ContactName, Input.ContactPhone, Input.Status), cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
            return Page();
        }

        Notice = outcome.Message;
        // A new institution goes straight to its keys: it cannot deliver anything before it has one.
        return IsNew ? Redirect($"/Custody/Institutions/Clients/{outcome.Id}") : Redirect($"/Custody/Institutions/{Segment}");
    }

    internal sealed class InstitutionForm
    {
        public string? Name { get; set; }

        public string? Uscc { get; set; }

        public string? BankCode { get; set; }

        public string? ContactName { get; set; }

        public string? ContactPhone { get; set; }

        public InstitutionStatus Status { get; set; }
    }
}
