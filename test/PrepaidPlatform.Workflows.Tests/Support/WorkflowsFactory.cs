using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Workflows.Tests.Support;

/// <summary>
/// The host with the test's actor (user and permissions per async flow), the test guard and actions, a SQL command
/// counter, and a timer sweep every second. <see cref="On"/> starts hosts one after another on one database (a restart).
/// </summary>
public sealed class WorkflowsFactory : PlatformFactory
{
    public WorkflowsFactory()
    {
    }

    private WorkflowsFactory(TestDatabase database)
        : base(database)
    {
    }

    public static WorkflowsFactory On(TestDatabase database) => new(database);

    internal StepRecorder Recorder { get; } = new();

    internal CommandCounter Commands { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Workflows:TimerSweepInterval"] = "00:00:01",
    };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<ICurrentUser>();
        services.RemoveAll<IPermissionChecker>();
        services.AddSingleton<ICurrentUser, TestActor.User>();
        services.AddSingleton<IPermissionChecker, TestActor.Permissions>();
        services.AddSingleton(Recorder);
        services.AddScoped<IWorkflowGuard, SubjectNotBlockedGuard>();
        services.AddScoped<IWorkflowAction, RecordAction>();
        services.AddScoped<IWorkflowAction, RendezvousAction>();
        services.AddSingleton(Commands);
        services.ConfigureDbContext<SqlitePlatformDbContext>(o => o.AddInterceptors(Commands));
        services.ConfigureDbContext<MySqlPlatformDbContext>(o => o.AddInterceptors(Commands));
    }
}
