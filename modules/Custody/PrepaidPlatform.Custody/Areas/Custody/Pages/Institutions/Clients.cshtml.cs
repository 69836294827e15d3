using Microsoft.AspNetCore.Authorization;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Areas.Custody.Pages.Institutions;

/// <summary>
/// 接口密钥 of one institution (city): create, rotate (更换密钥) and revoke (吊销), as the kernel's
/// <see cref="ApiCredentialsPageModel"/> does for every owner of machine credentials.
/// </summary>
[Authorize(Policy = CustodyPermissions.InstitutionsManage)]
internal sealed class ClientsModel(CustodyInstitutions institutions, IApiClients apiClients, IClock clock) : ApiCredentialsPageModel(apiClients, clock)
{
    public CustodyInstitution Institution { get; private set; } = null!;

    protected override string OwnerType => CustodyApiOwner.Institution;

    protected override async Task<bool> FindOwnerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await institutions.FindAsync(id, cancellationToken) is not { } found)
        {
            return false;
        }

        Institution = found;
        return true;
    }
}
