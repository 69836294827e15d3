using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PrepaidPlatform.Notifications.Application;
using PrepaidPlatform.Notifications.Data;
using PrepaidPlatform.Notifications.Sms;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Notifications;

/// <summary>消息通知 (SPEC N1–N2): in-app messages, SMS through a pluggable gateway delivered in the background, templates, verification codes.</summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(WorkflowsContracts.ModuleName)] // offers its templates to the designer's notify (IWorkflowChoiceSource)
public sealed class NotificationsModule : PlatformModule
{
    public override string Name => NotificationsContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [NotificationsModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        RefuseDevelopmentGatewayInProduction(context);
        services.AddOptions<SmsOptions>().Bind(context.Configuration.GetSection(SmsOptions.Section));
        services.AddOptions<HttpSmsGatewayOptions>().Bind(context.Configuration.GetSection(HttpSmsGatewayOptions.Section));

        services.AddScoped<TemplateService>();
        services.AddSingleton<IWorkflowChoiceSource, WorkflowTemplateChoices>();
        services.AddScoped<INotificationSender, NotificationSender>();
        services.AddScoped<IIntegrationEventHandler<UserNotificationRequested>, UserNotificationRequestedHandler>();
        services.AddScoped<InboxService>();
        services.AddScoped<IInboxSummary>(sp => sp.GetRequiredService<InboxService>());
        services.AddScoped<SmsOutboxQuery>();
        services.AddScoped<IVerificationCodeService, VerificationCodeService>();

        services.AddSingleton<SmsSignal>();
        services.AddHttpClient(HttpSmsGateway.ClientName);
        services.AddScoped<DevelopmentSmsGateway>();
        services.AddScoped<HttpSmsGateway>();
        services.AddScoped<ISmsGateway>(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value.Gateway == SmsGatewayKind.Http
            ? sp.GetRequiredService<HttpSmsGateway>()
            : sp.GetRequiredService<DevelopmentSmsGateway>());
        services.AddHostedService<SmsDispatcher>();
    }

    /// <summary>
    /// The development gateway delivers nothing (it stores what a phone would receive): outside Development and Testing
    /// the host refuses to start with it, and with an HTTP gateway that misses its endpoint or credentials.
    /// </summary>
    private static void RefuseDevelopmentGatewayInProduction(ModuleServiceContext context)
    {
        if (context.Environment.IsDevelopmentOrTesting())
        {
            return;
        }

        var gateway = context.Configuration.GetSection(SmsOptions.Section).Get<SmsOptions>()?.Gateway ?? SmsGatewayKind.Development;
        if (gateway != SmsGatewayKind.Http)
        {
            throw new InvalidOperationException(
                $"{SmsOptions.Section}:Gateway={gateway} 只能用于开发与测试环境（当前环境：{context.Environment.EnvironmentName}）：它不发送任何短信。请配置 {SmsOptions.Section}:Gateway=Http 及 {HttpSmsGatewayOptions.Section} 的 Url、Account、Key、SignName。");
        }

        var http = context.Configuration.GetSection(HttpSmsGatewayOptions.Section).Get<HttpSmsGatewayOptions>();
        if (http?.Url is null || string.IsNullOrWhiteSpace(http.Account) || string.IsNullOrWhiteSpace(http.Key) || string.IsNullOrWhiteSpace(http.SignName))
        {
            throw new InvalidOperationException($"短信网关未配置完整：须配置 {HttpSmsGatewayOptions.Section} 的 Url、Account、Key、SignName。");
        }
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureNotifications();

    public override void DefinePermissions(IPermissionDefinitionContext context)
    {
        context.Add(NotificationPermissions.SmsOutboxRead, "查看短信发件箱", NotificationPermissions.GroupName, PlatformSide.City);
        context.Add(NotificationPermissions.TemplatesManage, "维护消息模板", NotificationPermissions.GroupName, PlatformSide.City);
    }

    public override void DefineSettings(ISettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(NotificationSettings.SendIntervalSeconds, "60", "验证码发送间隔（秒）", NotificationSettings.Group, SettingValueType.WholeNumber,
            Description: "同一手机号两次获取验证码之间至少间隔的秒数。", Minimum: 1, Maximum: 3600));
        context.Add(new SettingDefinition(NotificationSettings.DailyLimit, "10", "每日验证码上限（条）", NotificationSettings.Group, SettingValueType.WholeNumber,
            Description: "同一手机号每天（北京时间）最多可获取的验证码条数。", Minimum: 1, Maximum: 100));
    }

    public override void ConfigureMenu(IMenuContext context)
    {
        // 站内消息 for every side; the pages themselves show each user only their own messages.
        context.Add(new MenuItem("operator.inbox", "站内消息", "/Notifications/Inbox", PlatformSide.Operator, 800));
        context.Add(new MenuItem("district.inbox", "站内消息", "/Notifications/Inbox", PlatformSide.District, 800));
        context.Add(new MenuItem("city.inbox", "站内消息", "/Notifications/Inbox", PlatformSide.City, 800));
        context.Add(new MenuItem("city.sms", "短信发件箱", "/Notifications/SmsOutbox", PlatformSide.City, 810, NotificationPermissions.SmsOutboxRead));
        context.Add(new MenuItem("city.templates", "消息模板", "/Notifications/Templates", PlatformSide.City, 820, NotificationPermissions.TemplatesManage));
    }

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        TemplateService.SeedAsync(services.GetRequiredService<PlatformDbContext>(), services.GetRequiredService<IClock>(), cancellationToken);
}
