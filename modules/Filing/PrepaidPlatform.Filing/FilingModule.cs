using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Data;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Filing.Seed;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing;

/// <summary>Operator onboarding and filing (备案): the electronic business licence (F1) and the filing application 备案信息 (F3).</summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(IdentityContracts.ModuleName, CustodyContracts.ModuleName, WorkflowsContracts.ModuleName, NotificationsContracts.ModuleName, CreditRiskContracts.ModuleName)]
public sealed class FilingModule : PlatformModule
{
    public override string Name => FilingContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [FilingModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        context.Services.AddStoredFileReference<Domain.FilingAttachment>(nameof(Domain.FilingAttachment.StoreKey));
        context.Services.AddStoredFileReference<Domain.ContractTemplate>(nameof(Domain.ContractTemplate.StoreKey));
        AddLicenceVerifier(context);
        context.Services.AddScoped<LicenceOnboarding>();
        context.Services.AddScoped<Numbering.FilingNumberAllocator>();
        context.Services.AddSingleton<Numbering.FilingNumberDays>();
        context.Services.AddScoped<FilingApplications>();
        context.Services.AddScoped<FilingUploads>();
        context.Services.AddScoped<FilingStatusReader>();
        context.Services.AddScoped<IFiledOperatorDirectory, FiledOperatorDirectory>();
        context.Services.AddScoped<IDeregistrationApplications, DeregistrationApplications>();
        context.Services.AddScoped<JournalActors>();
        context.Services.AddScoped<FilingStatusSync>();
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>(sp => sp.GetRequiredService<FilingStatusSync>());
        context.Services.AddScoped<IWorkflowSubjectStatusWriter>(sp => sp.GetRequiredService<FilingStatusSync>());
        context.Services.AddScoped<FilingReview>();
        context.Services.AddScoped<FilingSearchEntries>();
        context.Services.AddScoped<FilingChanges>();
        context.Services.AddScoped<FilingDeregistrations>();
        context.Services.AddScoped<DeregistrationReview>();
        context.Services.AddScoped<DeregistrationStatusSync>();
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>(sp => sp.GetRequiredService<DeregistrationStatusSync>());
        context.Services.AddScoped<IWorkflowSubjectStatusWriter>(sp => sp.GetRequiredService<DeregistrationStatusSync>());
        context.Services.AddSingleton<IWorkflowSubjectLink>(new WorkflowSubjectLink(Domain.FilingApplication.ChangeSubjectType, id => $"/Filing/Applications/{id}"));
        context.Services.AddSingleton<IWorkflowSubjectLink>(new WorkflowSubjectLink(Domain.FilingDeregistration.SubjectType, id => $"/Filing/Deregistrations/{id}"));
        context.Services.AddScoped<FilingCodeReader>();
        context.Services.AddSingleton<FilingCodeCache>();
        context.Services.AddScoped<IPublicViewSource, FilingCodeViewSource>();
        context.Services.AddScoped<FilingCodeCacheInvalidation>();
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>(sp => sp.GetRequiredService<FilingCodeCacheInvalidation>());
        context.Services.AddScoped<IIntegrationEventHandler<FilingCodeStatusChanged>>(sp => sp.GetRequiredService<FilingCodeCacheInvalidation>());
        context.Services.AddScoped<IIntegrationEventHandler<PublicCreditInformationChanged>>(sp => sp.GetRequiredService<FilingCodeCacheInvalidation>());
        context.Services.AddScoped<IPublicOperatorRegister, PublicOperatorRegister>();
        context.Services.AddScoped<FilingCodeControl>();
        context.Services.AddSingleton<FilingCodeLinks>();
        context.Services.AddSingleton(new Documents.ChineseFont(context.Configuration[Documents.ChineseFont.FontPathSetting]));
        context.Services.AddSingleton<Documents.FilingReceiptPdf>();
        context.Services.AddSingleton<Documents.ChinesePdf>();
        context.Services.AddSingleton<Documents.SandboxLicenceImage>();
        context.Services.AddScoped<LicenceImages>();
        context.Services.AddSingleton<Documents.FillInTemplatePdf>();
        context.Services.AddScoped<FilingTemplates>();
        context.Services.AddSingleton<Documents.FilingCodeImages>();
        context.Services.AddSingleton<FilingDocuments>();
        context.Services.AddScoped<IIntegrationEventHandler<WorkflowNotificationRequested>, FilingNotifications>();
        context.Services.AddScoped<ContractTemplateCatalog>();
        context.Services.AddScoped<SignedContracts>();
        context.Services.AddSingleton<IWorkflowSubjectLink>(new WorkflowSubjectLink(Domain.FilingApplication.SubjectType, id => $"/Filing/Applications/{id}"));
    }

    /// <summary>The electronic business licence service, by configuration (<c>Filing:LicenceVerifier</c>).</summary>
    internal const string LicenceVerifierSetting = "Filing:LicenceVerifier";

    private static void AddLicenceVerifier(ModuleServiceContext context)
    {
        // The sandbox lets anyone confirm as a demo entity's legal representative: only a development or test host may run it.
        var mayUseSandbox = context.Environment.IsDevelopmentOrTesting();
        var configured = context.Configuration[LicenceVerifierSetting];
        var verifier = string.IsNullOrWhiteSpace(configured) ? (mayUseSandbox ? SandboxVerifierName : null) : configured.Trim();
        switch (verifier)
        {
            case SandboxVerifierName when mayUseSandbox:
                context.Services.AddSingleton<SandboxLicenceVerifier>();
                context.Services.AddSingleton<IBusinessLicenceVerifier>(sp => sp.GetRequiredService<SandboxLicenceVerifier>());
                return;
            case HttpVerifierName:
                var service = context.Configuration.GetSection(HttpLicenceServiceOptions.Section).Get<HttpLicenceServiceOptions>() ?? new HttpLicenceServiceOptions();
                if (!service.IsComplete)
                {
                    throw new InvalidOperationException($"{LicenceVerifierSetting}=Http 须配置 {HttpLicenceServiceOptions.Section} 的 Url、AppId、Key。");
                }

                context.Services.AddOptions<HttpLicenceServiceOptions>().Bind(context.Configuration.GetSection(HttpLicenceServiceOptions.Section));
                context.Services.AddHttpClient(HttpLicenceVerifier.ClientName);
                context.Services.AddSingleton<IBusinessLicenceVerifier, HttpLicenceVerifier>();
                context.Services.AddSingleton<ILicenceCallbacks, LicenceCallbacks>();
                context.Services.AddScoped<LicenceCallbackIntake>();
                return;
            case SandboxVerifierName:
                throw new InvalidOperationException(
                    $"{LicenceVerifierSetting}=Sandbox 只能用于开发与测试环境（当前环境：{context.Environment.EnvironmentName}）：沙箱允许任何人以演示主体法定代表人身份确认。请配置国家电子营业执照服务。");
            case null:
                throw new InvalidOperationException($"未配置电子营业执照验证服务 {LicenceVerifierSetting}（当前环境：{context.Environment.EnvironmentName}）。");
            default:
                throw new InvalidOperationException($"未知的电子营业执照验证服务：{LicenceVerifierSetting}={verifier}（可用：Http，或仅开发与测试环境的 Sandbox）。");
        }
    }

    private const string SandboxVerifierName = "Sandbox";

    private const string HttpVerifierName = "Http";

    public override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureFiling();
        modelBuilder.ConfigureContractTemplates();
    }

    public override void DefineSettings(Platform.Settings.ISettingDefinitionContext context) => FilingTemplateSettings.Define(context);

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(FilingPermissions.ApplicationsManage, "填报与提交备案信息", FilingPermissions.GroupName, PlatformSide.Operator);
        context.Add(FilingPermissions.ApplicationsRead, "查看本区备案申请", FilingPermissions.GroupName, PlatformSide.District);
        context.Add(FilingPermissions.CodesManage, "暂停与恢复本区备案码", FilingPermissions.GroupName, PlatformSide.District);
        context.Add(FilingPermissions.ContractTemplatesManage, "发布与撤回合同模板", FilingPermissions.GroupName, PlatformSide.City);
    }

    public override void ConfigureMenu(IMenuContext context)
    {
        context.Add(new MenuItem("work.filing.applications", "备案审核", "/Filing/Applications", PlatformSide.District, 10, FilingPermissions.ApplicationsRead));
        context.Add(new MenuItem("work.filing.codes", "备案码管理", "/Filing/Filings", PlatformSide.District, 11, FilingPermissions.ApplicationsRead));
        context.Add(new MenuItem("work.filing.deregistrations", "备案注销", "/Filing/Deregistrations", PlatformSide.District, 12, FilingPermissions.ApplicationsRead));
        context.Add(new MenuItem("city.filing.contract-templates", "合同模板管理", "/Filing/ContractTemplates", PlatformSide.City, 50, FilingPermissions.ContractTemplatesManage));
    }

    public override async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await DemoLicenceSeeder.SeedAsync(services, cancellationToken);
        await ClearAttachmentRows.ProtectAsync(services, cancellationToken);
        await FilingSearchEntries.BackfillAsync(services, cancellationToken);
    }
}
