using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using Quartz;

namespace PrepaidPlatform.Platform.Jobs;

internal static class JobsRegistration
{
    /// <summary>
    /// Quartz on the platform database (the QRTZ_* tables the QuartzStore migrations create). The hosted service
    /// starts the scheduler in StartAsync, after <c>PlatformInitializer.StartingAsync</c> has migrated, so the store
    /// validates against a complete schema; on stop it waits for running jobs.
    /// </summary>
    public static void AddPlatformJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = services.Where(d => d.ServiceType == typeof(DatabaseOptions)).Select(d => d.ImplementationInstance).OfType<DatabaseOptions>().LastOrDefault()
            ?? throw new InvalidOperationException("AddPlatformDatabase must run before the modules are added: the job store lives in the platform database.");
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var clustered = options.Clustered ?? database.Provider == DatabaseProvider.MySql;

        // A named scheduler: its services are keyed by the name, so the wall clock given to it below stays its own.
        // The default (unnamed) scheduler's UseTimeProvider replaces the application's TimeProvider instead, and it
        // falls back to that one, which tests replace with a clock that moves only when told to; the scheduler's
        // waits, check-ins and misfire scans need the wall clock.
        services.AddQuartz(options.SchedulerName, q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = options.SchedulerName;
                // AUTO: host name + time, unique per process, as a cluster needs.
                s.InstanceId = "AUTO";
            });
            q.UseTimeProvider(TimeProvider.System);
            q.UseDefaultThreadPool(tp => tp.MaxConcurrency = options.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (database.Provider == DatabaseProvider.MySql)
                {
                    store.UseMySqlConnector(c => c.ConnectionString = database.ConnectionString!);
                }
                else
                {
                    store.UseSqlite(c => c.ConnectionString = database.ConnectionString!);
                }

                if (clustered)
                {
                    store.UseClustering(c => c.Enabled = true);
                }
            });
        });
        services.AddQuartzHostedService(options.SchedulerName, o => o.WaitForJobsToComplete = true);
        services.AddSingleton<IBackgroundJobScheduler>(sp =>
            new QuartzBackgroundJobScheduler(sp.GetRequiredKeyedService<ISchedulerFactory>(options.SchedulerName)));
    }
}
