using PrepaidPlatform.Custody;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Host;

/// <summary>The host's own pages: the operator menu of the manual and the staff work area's entry.</summary>
[DependsOn(typeof(PlatformKernelModule), typeof(IdentityModule), typeof(NotificationsModule), typeof(WorkflowsModule))]
public sealed class HostModule : PlatformModule
{
    public override void ConfigureMenu(IMenuContext context)
    {
        // The operator's left menu follows the manual (备案管理 / 合同管理); later modules fill the pages behind it.
        context.Add(new MenuItem("op.filing", "备案管理", null, PlatformSide.Operator, 10));
        context.Add(new MenuItem("op.filing.info", "备案信息", "/Filing/Info", PlatformSide.Operator, 11, ParentKey: "op.filing"));
        context.Add(new MenuItem("op.filing.code", "备案码", "/Filing/Code", PlatformSide.Operator, 12, ParentKey: "op.filing"));
        context.Add(new MenuItem("op.custody", "存管账户", "/Custody/Account", PlatformSide.Operator, 13, CustodyPermissions.AccountRead, ParentKey: "op.filing"));
        context.Add(new MenuItem("op.reporting", "数据填报", "/Reporting/Reports", PlatformSide.Operator, 14, ReportingPermissions.ReportsFile, ParentKey: "op.filing"));
        context.Add(new MenuItem("op.contracts", "合同管理", null, PlatformSide.Operator, 20));
        context.Add(new MenuItem("op.contracts.templates", "合同模板", "/Filing/Contracts/Templates", PlatformSide.Operator, 21, ParentKey: "op.contracts"));
        context.Add(new MenuItem("op.contracts.signed", "已签合同", "/Filing/Contracts/Signed", PlatformSide.Operator, 22, ParentKey: "op.contracts"));
        // The manual's 新用户必读 and Q&A, also reachable anonymously from the sign-in page.
        context.Add(new MenuItem("op.help", "帮助", null, PlatformSide.Operator, 90));
        context.Add(new MenuItem("op.help.guide", "新用户必读", "/Help/Guide", PlatformSide.Operator, 91, ParentKey: "op.help"));
        context.Add(new MenuItem("op.help.faq", "常见问题", "/Help/Faq", PlatformSide.Operator, 92, ParentKey: "op.help"));
        context.Add(new MenuItem("work.home", "工作台", "/Work", PlatformSide.District, 1));
        context.Add(new MenuItem("city.home", "工作台", "/Work", PlatformSide.City, 1));
    }
}
