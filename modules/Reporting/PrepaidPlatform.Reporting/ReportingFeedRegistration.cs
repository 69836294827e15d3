using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Reporting.Application.Feed;
using PrepaidPlatform.Reporting.Application.Summaries;

namespace PrepaidPlatform.Reporting;

/// <summary>What the card-system feed and the summaries (issue 13 · 6, 8) add to the module: services, permissions, menu items.</summary>
internal static class ReportingFeedRegistration
{
    public static void AddReportingFeed(this IServiceCollection services)
    {
        services.AddScoped<CardSystems>();
        services.AddScoped<FeedIngestion>();
        services.AddScoped<ICardSystemConnections, CardSystemConnections>();
        services.AddScoped<ICardFeedPositions, CardFeedPositions>();
        services.AddScoped<QuarterBoard>();
        services.AddScoped<QuarterSummaries>();
    }

    public static void DefineFeedPermissions(IPermissionDefinitionContext context)
    {
        context.Add(ReportingPermissions.OperatorsRead, "查看本区经营者填报情况", ReportingPermissions.GroupName, PlatformSide.District);
        context.Add(ReportingPermissions.SummariesSubmit, "季度汇总及报送", ReportingPermissions.GroupName, PlatformSide.District);
        context.Add(ReportingPermissions.SummariesReadAll, "各区季度汇总", ReportingPermissions.GroupName, PlatformSide.City);
        context.Add(ReportingPermissions.CardSystemsManage, "管理发卡系统及接口密钥", ReportingPermissions.GroupName, PlatformSide.City);
    }

    public static void ConfigureFeedMenu(IMenuContext context)
    {
        context.Add(new MenuItem("work.reporting.operators", "填报情况", "/Reporting/Operators", PlatformSide.District, 30, ReportingPermissions.OperatorsRead));
        context.Add(new MenuItem("work.reporting.summary", "季度汇总", "/Reporting/Summary", PlatformSide.District, 31, ReportingPermissions.SummariesSubmit));
        context.Add(new MenuItem("city.reporting.summary", "各区季度汇总", "/Reporting/Summary/City", PlatformSide.City, 45, ReportingPermissions.SummariesReadAll));
        context.Add(new MenuItem("city.reporting.cardsystems", "发卡系统", "/Reporting/CardSystems", PlatformSide.City, 65, ReportingPermissions.CardSystemsManage));
    }
}
