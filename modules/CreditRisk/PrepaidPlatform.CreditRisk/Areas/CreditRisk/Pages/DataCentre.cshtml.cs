using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.Platform.Api;

namespace PrepaidPlatform.CreditRisk.Areas.CreditRisk.Pages;

/// <summary>
/// 数据中心接口 (city): the data centre's API keys through the kernel's <see cref="IApiClients"/>, as for Custody's banks —
/// issue, rotate, revoke; the secret is shown once.
/// </summary>
[Authorize(Policy = CreditRiskPermissions.RecordsImport)]
internal sealed class DataCentreModel(IApiClients clients) : PageModel
{
    public IReadOnlyList<ApiClientInfo> Keys { get; private set; } = [];

    public IssuedApiCredential? Issued { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Keys = await clients.ListAsync(DataCentreKeys.OwnerType, DataCentreKeys.OwnerId, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        Issued = await clients.CreateAsync(DataCentreKeys.OwnerType, DataCentreKeys.OwnerId, DataCentreKeys.Name, cancellationToken);
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid clientId, CancellationToken cancellationToken)
    {
        Keys = await clients.ListAsync(DataCentreKeys.OwnerType, DataCentreKeys.OwnerId, cancellationToken);
        if (Keys.All(k => k.Id != clientId) || await clients.RotateAsync(clientId, cancellationToken) is not { } issued)
        {
            ModelState.AddModelError(string.Empty, "该密钥不存在或已停用，不能更换。");
            return Page();
        }

        Issued = issued;
        await OnGetAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid clientId, CancellationToken cancellationToken)
    {
        Keys = await clients.ListAsync(DataCentreKeys.OwnerType, DataCentreKeys.OwnerId, cancellationToken);
        if (Keys.All(k => k.Id != clientId) || !await clients.RevokeAsync(clientId, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, "该密钥不存在或已停用。");
            return Page();
        }

        return RedirectToPage();
    }
}
