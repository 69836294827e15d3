using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;

namespace PrepaidPlatform.Identity.Areas.Identity.Pages.Roles;

/// <summary>角色与权限: which permissions each side's role holds, as the modules defined them.</summary>
[Authorize(Policy = IdentityPermissions.StaffManage)]
internal sealed class IndexModel(RoleManager<PlatformRole> roles, PermissionDefinitionManager definitions) : PageModel
{
    internal sealed record RoleView(string Name, string DisplayName, PlatformSide Side, IReadOnlyList<IGrouping<string, PermissionDefinition>> Groups);

    public IReadOnlyList<RoleView> Roles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var views = new List<RoleView>();
        foreach (var role in await roles.Roles.AsNoTracking().OrderBy(r => r.Side).ToListAsync())
        {
            var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PlatformClaimTypes.Permission).Select(c => c.Value).ToHashSet();
            var groups = definitions.All.Where(d => granted.Contains(d.Name)).OrderBy(d => d.Name).GroupBy(d => d.Group).ToList();
            views.Add(new RoleView(role.Name!, role.DisplayName, role.Side, groups));
        }

        Roles = views;
    }
}
