using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Reporting.Application.Dishonest;
using PrepaidPlatform.Reporting.Domain.Dishonest;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Reporting;

/// <summary>What the 严重失信主体's duties (issue 13 · 7) add to the module's services.</summary>
internal static class ReportingDishonestRegistration
{
    public static void AddReportingDishonest(this IServiceCollection services)
    {
        services.AddScoped<DishonestSchedule>();
        services.AddScoped<DishonestReporting>();
        services.AddScoped<DishonestVerification>();
        services.AddScoped<DishonestReminders>();
        services.AddScoped<DishonestStatusSync>();
        services.AddScoped<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>(sp => sp.GetRequiredService<DishonestStatusSync>());
        services.AddScoped<IWorkflowSubjectStatusWriter>(sp => sp.GetRequiredService<DishonestStatusSync>());
        services.AddSingleton<IWorkflowSubjectLink>(new WorkflowSubjectLink(DishonestFiling.SubjectType, id => $"/Reporting/Verification/Dishonest/{id}"));
    }
}
