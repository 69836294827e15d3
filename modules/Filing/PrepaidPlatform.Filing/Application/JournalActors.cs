using PrepaidPlatform.Identity;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Application;

/// <summary>
/// 办理记录 · 办理人 as the operator and the district read it: the operator's administrator (业务联系人 即备案管理员账号) for
/// the operator's steps, the district bureau of registration (备案单位, e.g. 北京市石景山区商务局) for its staff, 系统 for the
/// platform — never an account name such as reviewer110107 or a USCC.
/// </summary>
internal sealed class JournalActors(IAccountDirectory accounts, ITenantDirectory tenants)
{
    public const string System = "系统";

    /// <summary>The 办理人 of each entry of one subject's journal: the operator who owns it and its district.</summary>
    public async Task<Func<WorkflowJournalEntryDto, string>> ForAsync(Guid operatorUserId, Guid? tenantId, CancellationToken cancellationToken)
    {
        var administrator = (await accounts.FindAdministratorAsync(operatorUserId, cancellationToken))?.Name ?? "经营者";
        var bureau = tenantId is { } id ? await tenants.BureauNameAsync(id, cancellationToken) : null;
        return j => j.UserId is null ? System : j.UserId == operatorUserId ? administrator : bureau ?? "区商务部门";
    }
}
