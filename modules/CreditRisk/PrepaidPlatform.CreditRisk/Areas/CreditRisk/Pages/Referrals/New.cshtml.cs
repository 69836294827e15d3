using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Web;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Referrals;

/// <summary>移交线索 (district): a finding of the district's — an inspection result or a violation — to a 启用 enforcement department.</summary>
[Authorize(Policy = CreditRiskPermissions.ReferralsManage)]
internal sealed class NewModel(Application.Referrals referrals, EnforcementDepartments departments, IFileStore files) : PageModel
{
    [BindProperty]
    public ReferralForm Input { get; set; } = new();

    /// <summary>线索材料, optional.</summary>
    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public ReferralOrigin Origin { get; private set; } = null!;

    public IReadOnlyList<EnforcementDepartment> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(source, sourceId, cancellationToken))
        {
            return NotFound();
        }

        Input.Finding = Origin.Finding;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (stored, outcome) = await ReferAsync(source, sourceId, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = outcome.Message;
            return Redirect($"/CreditRisk/Referrals/{outcome.ReferralId}");
        }

        // Refused: the file stored for it goes too, nothing is left of the attempt.
        if (stored is not null)
        {
            await files.DeleteAsync(stored, CancellationToken.None);
        }

        if (!await LoadAsync(source, sourceId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddRefusal(outcome.Message, outcome.FieldErrors);
        return Page();
    }

    /// <summary>The referral with the attachment stored first (its key is returned to delete on a refusal); a bad file refuses it before anything is stored.</summary>
    private async Task<(string? StoredKey, ReferralOutcome Outcome)> ReferAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        if (Attachment is null || Attachment.Length == 0)
        {
            return (null, await referrals.ReferAsync(source, sourceId, Input.DepartmentId, Input.Finding, cancellationToken));
        }

        var (content, refusal) = await EvidenceFiles.ReadAsync(Attachment, "线索材料", cancellationToken);
        if (refusal is not null)
        {
            return (null, ReferralOutcome.Refuse("Attachment", refusal));
        }

        var stored = await files.SaveAsync(EvidenceFiles.Category, new MemoryStream(content!), cancellationToken);
        var outcome = await referrals.ReferAsync(source, sourceId, Input.DepartmentId, Input.Finding, cancellationToken, (stored.Key, EvidenceFiles.Name(Attachment)));
        return (stored.Key, outcome);
    }

    private async Task<bool> LoadAsync(ReferralSource source, Guid sourceId, CancellationToken cancellationToken)
    {
        if (await referrals.OriginAsync(source, sourceId, cancellationToken) is not { } origin)
        {
            return false;
        }

        Origin = origin;
        Departments = await departments.ActiveAsync(cancellationToken);
        return true;
    }
}

/// <summary>移交线索's fields.</summary>
internal sealed class ReferralForm
{
    public Guid? DepartmentId { get; set; }

    public string? Finding { get; set; }
}
