using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages.Referrals;

/// <summary>One referral with its steps; the district records 已受理 and 已办结 here, the city only reads.</summary>
[Authorize]
internal sealed class DetailsModel(Application.Referrals referrals, IFileStore files, IClock clock) : PageModel
{
    public Referral Referral { get; private set; } = null!;

    public IReadOnlyList<ReferralStep> Steps { get; private set; } = [];

    public bool CanManage => referrals.CanManage;

    public DateOnly Today => clock.TodayInShanghai;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!referrals.CanRead)
        {
            return Forbid();
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>线索材料, for whoever may read the referral (the district that made it, the city).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = referrals.CanRead ? await referrals.FindAsync(id, cancellationToken) : null;
        if (found?.Referral.AttachmentKey is not { } key || await files.OpenReadAsync(key, cancellationToken) is not { } stream)
        {
            return NotFound();
        }

        return File(stream, "application/octet-stream", found.Value.Referral.AttachmentName);
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, DateOnly? acceptedOn, CancellationToken cancellationToken) =>
        AfterAsync(id, () => referrals.AcceptAsync(id, acceptedOn, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, string? outcome, CancellationToken cancellationToken) =>
        AfterAsync(id, () => referrals.CloseAsync(id, outcome, cancellationToken), cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid id, Func<Task<ReferralOutcome>> work, CancellationToken cancellationToken)
    {
        if (!referrals.CanManage)
        {
            return Forbid();
        }

        ModelState.Clear();
        var outcome = await work();
        if (outcome.Succeeded)
        {
            Notice = outcome.Message;
            return Redirect($"/CreditRisk/Referrals/{id}");
        }

        // Another district's referral, or none: the same answer as reading it.
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, outcome.Message ?? "操作未完成。");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await referrals.FindAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        (Referral, Steps) = found;
        return true;
    }
}
