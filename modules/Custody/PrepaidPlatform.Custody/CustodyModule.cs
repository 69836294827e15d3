using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Data;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Custody;

/// <summary>
/// 存管 (SPEC C): so far the 专用存管账户 section of the filing form, which Filing reaches through
/// <see cref="ICustodyAccounts"/>; account statements, the required ratio and alerts (C1–C4) build on it.
/// </summary>
[DependsOn(typeof(PlatformKernelModule))]
public sealed class CustodyModule : PlatformModule
{
    public override string Name => CustodyContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [CustodyModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddScoped<ICustodyAccounts, CustodyAccounts>();
        context.Services.AddScoped<CustodyBindings>();
        context.Services.AddScoped<StatementIngestion>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureCustody();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(CustodyPermissions.AccountRead, "查看本企业专用存管账户", CustodyPermissions.GroupName, PlatformSide.Operator);
        context.Add(CustodyPermissions.MonitoringRead, "存管监测", CustodyPermissions.GroupName, PlatformSide.District);
        context.Add(CustodyPermissions.InstitutionsManage, "管理存管银行与保险机构", CustodyPermissions.GroupName, PlatformSide.City);
        context.Add(CustodyPermissions.StatementsImport, "导入存管账单", CustodyPermissions.GroupName, PlatformSide.City);
    }
}
