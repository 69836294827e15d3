using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Portal.Application;
using PrepaidPlatform.Reporting;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Portal;

/// <summary>
/// 信用公示 (issue 18 · 1): the anonymous public portal at /Gongshi — search, an operator's public page and the lists of
/// 经营异常 / 严重失信 / 行政处罚 / 注销公示 — composed from Filing's, CreditRisk's, Custody's and Reporting's public
/// contracts. No tables of its own (its stored operator pages are rows of the platform's public views); nothing depends
/// on it, so it closes no cycle.
/// </summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(FilingContracts.ModuleName, CreditRiskContracts.ModuleName, CustodyContracts.ModuleName, ReportingContracts.ModuleName, WorkflowsContracts.ModuleName)]
public sealed class PortalModule : PlatformModule
{
    public override string Name => PortalContracts.ModuleName;

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddSingleton<PortalCache>();
        context.Services.AddScoped<PublicDisclosure>();
        context.Services.AddScoped<IPublicViewSource, OperatorViewSource>();
        context.Services.AddScoped<PortalCacheInvalidation>();
        context.Services.AddScoped<IIntegrationEventHandler<CustodyComplianceChanged>>(sp => sp.GetRequiredService<PortalCacheInvalidation>());
        context.Services.AddScoped<IIntegrationEventHandler<ReportingFactsChanged>>(sp => sp.GetRequiredService<PortalCacheInvalidation>());
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>(sp => sp.GetRequiredService<PortalCacheInvalidation>());
        context.Services.AddScoped<IIntegrationEventHandler<FilingCodeStatusChanged>>(sp => sp.GetRequiredService<PortalCacheInvalidation>());
        context.Services.AddScoped<IIntegrationEventHandler<PublicCreditInformationChanged>>(sp => sp.GetRequiredService<PortalCacheInvalidation>());
    }
}
