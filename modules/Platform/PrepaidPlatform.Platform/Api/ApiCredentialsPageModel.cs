using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Platform.Api;

/// <summary>
/// 接口密钥 of one machine client's owner (a 存管银行, a 发卡系统 …), as the city manages them: create, rotate (更换密钥) and
/// revoke (吊销) through <see cref="IApiClients"/>. A module's page derives from it, names the owner type and finds the
/// owner; the partial <c>_ApiCredentials</c> renders the keys. A new secret is rendered in the answer to the post that
/// made it and nowhere else (not in TempData, not after a redirect): shown once, then only its key id.
/// </summary>
public abstract class ApiCredentialsPageModel(IApiClients apiClients, IClock clock) : PageModel
{
    public IReadOnlyList<ApiClientInfo> Clients { get; private set; } = [];

    /// <summary>The credential just issued, shown in this response only.</summary>
    public IssuedApiCredential? Issued { get; private set; }

    public string? Refusal { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The kernel's owner type of the keys this page manages (a module's constant).</summary>
    protected abstract string OwnerType { get; }

    public string Local(DateTime? utc) => clock.Format(utc);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(Guid id, string? name, CancellationToken cancellationToken)
    {
        if (!await FindOwnerAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var label = string.IsNullOrWhiteSpace(name) ? "接口密钥" : name.Trim()[..Math.Min(name.Trim().Length, 32)];
        Issued = await apiClients.CreateAsync(OwnerType, id, label, cancellationToken);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRotateAsync(Guid id, Guid clientId, CancellationToken cancellationToken)
    {
        Issued = await OwnsAsync(id, clientId, cancellationToken) ? await apiClients.RotateAsync(clientId, cancellationToken) : null;
        Refusal = Issued is null ? "该密钥不存在或已吊销，无法更换。" : null;
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid clientId, CancellationToken cancellationToken)
    {
        if (await OwnsAsync(id, clientId, cancellationToken) && await apiClients.RevokeAsync(clientId, cancellationToken))
        {
            Notice = "密钥已吊销，使用该密钥的请求将被拒绝。";
            return Redirect(Request.Path);
        }

        Refusal = "该密钥不存在或已吊销。";
        return await LoadAsync(id, cancellationToken);
    }

    /// <summary>Loads the owner for the page (its name, status …); false when there is none with this id.</summary>
    protected abstract Task<bool> FindOwnerAsync(Guid id, CancellationToken cancellationToken);

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await FindOwnerAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Clients = await apiClients.ListAsync(OwnerType, id, cancellationToken);
        return Page();
    }

    /// <summary>A posted key id of another owner must not be rotated or revoked through this owner's page.</summary>
    private async Task<bool> OwnsAsync(Guid id, Guid clientId, CancellationToken cancellationToken) =>
        await FindOwnerAsync(id, cancellationToken)
        && (await apiClients.ListAsync(OwnerType, id, cancellationToken)).Any(c => c.Id == clientId && !c.IsRevoked);
}
