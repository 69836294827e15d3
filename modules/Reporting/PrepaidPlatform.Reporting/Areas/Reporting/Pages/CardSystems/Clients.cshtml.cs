using Microsoft.AspNetCore.Authorization;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Areas.Reporting.Pages.CardSystems;

/// <summary>接口密钥 of one card system (city): the kernel's credentials page for the owner type <see cref="CardSystemApiOwner.CardSystem"/>.</summary>
[Authorize(Policy = ReportingPermissions.CardSystemsManage)]
internal sealed class ClientsModel(Application.Feed.CardSystems systems, IApiClients apiClients, IClock clock) : ApiCredentialsPageModel(apiClients, clock)
{
    public CardSystem System { get; private set; } = null!;

    protected override string OwnerType => CardSystemApiOwner.CardSystem;

    protected override async Task<bool> FindOwnerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await systems.FindAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        System = found;
        return true;
    }
}
