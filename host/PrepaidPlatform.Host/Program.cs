using System.Globalization;
using Microsoft.AspNetCore.Localization;
using PrepaidPlatform.Host;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Host.Infrastructure;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Operations;
using PrepaidPlatform.Platform.Web;
using Prometheus;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logger) =>
{
    logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext();
    if (context.HostingEnvironment.IsDevelopment())
    {
        logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
    }
    else
    {
        logger.WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
    }
});

builder.AddPlatformDatabase<SqlitePlatformDbContext, MySqlPlatformDbContext>();
builder.AddPlatformModules(HostModules.Types);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");

var app = builder.Build();

if (AuditCommand.Matches(args))
{
    // A maintenance command: the same configuration and database, no web server, no jobs.
    Environment.ExitCode = await AuditCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

if (BackupCommand.Matches(args))
{
    Environment.ExitCode = await BackupCommand.RunAsync(app.Services, args, Console.Out);
    return;
}

app.UsePlatformProxySettings();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UsePlatformSecurityHeaders();
app.UseRequestLocalization(o =>
{
    CultureInfo[] cultures = [new("zh-CN"), new("en")];
    o.DefaultRequestCulture = new RequestCulture("zh-CN");
    o.SupportedCultures = cultures;
    o.SupportedUICultures = cultures;
    o.RequestCultureProviders = [new CookieRequestCultureProvider()];
});
app.UseStaticFiles();
app.UseSerilogRequestLogging();
app.UseRouting();
app.UseRateLimiter();
app.UseHttpMetrics();
app.UseAuthentication();
app.UsePlatformRequestAudit();
app.UsePlatformModulesAfterAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapRazorPages();
app.MapHealthChecks("/health");
app.MapMetrics("/metrics").RequireAuthorization(PlatformPolicies.Metrics);
app.MapCultureSwitch();
app.MapPlatformModuleEndpoints();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

public partial class Program;
