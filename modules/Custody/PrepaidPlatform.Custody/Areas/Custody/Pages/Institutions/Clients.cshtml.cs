using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Institutions;

/// <summary>
/// 接口密钥 of one institution (city): create, rotate (更换密钥) and revoke (吊销). A new secret is rendered in the answer to
/// the post that made it and nowhere else (not in TempData, not after a redirect): shown once, then only its key id.
/// </summary>
[Authorize(Policy = CustodyPermissions.InstitutionsManage)]
internal sealed class ClientsModel(CustodyInstitutions institutions, IClock clock) : PageModel
{
    public CustodyInstitution Institution { get; private set; } = null!;

    public IReadOnlyList<ApiClientInfo> Clients { get; private set; } = [];

    /// <summary>The credential just issued, shown in this response only.</summary>
    public IssuedApiCredential? Issued { get; private set; }

    public string? Refusal { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string Local(DateTime? utc) => clock.Format(utc);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(Guid id, string? name, CancellationToken cancellationToken)
    {
        Issued = await institutions.CreateClientAsync(id, name, cancellationToken);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid id, Guid clientId, CancellationToken cancellationToken)
    {
        Issued = await institutions.RotateClientAsync(id, clientId, cancellationToken);
        Refusal = Issued is null ? "该密钥不存在或已吊销，无法更换。" : null;
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid clientId, CancellationToken cancellationToken)
    {
        if (await institutions.RevokeClientAsync(id, clientId, cancellationToken))
        {
            Notice = "密钥已吊销，使用该密钥的请求将被拒绝。";
            return Redirect($"/Custody/Institutions/Clients/{id}");
        }

        Refusal = "该密钥不存在或已吊销。";
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await institutions.FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Institution = found;
        Clients = await institutions.ListClientsAsync(id, cancellationToken);
        return Page();
    }
}
