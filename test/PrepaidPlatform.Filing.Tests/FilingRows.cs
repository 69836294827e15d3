using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>Reads applications as stored, across districts (what the test checks, not what a user may see).</summary>
internal static class FilingRows
{
    public const string DemoUser = "91110107MA01AB2C3C";

    /// <summary>The registered phone of the demo operator's administrator (SMS go there).</summary>
    public const string AdministratorPhone = "13800000002";

    public static Task<FilingApplication> DemoApplicationAsync(this PlatformFactory factory) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().AsNoTracking().SingleAsync(a => a.Uscc == DemoUser);
    });

    public static Task<OperatorFiling> DemoFilingAsync(this PlatformFactory factory) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorFiling>().AsNoTracking().SingleAsync(f => f.Uscc == DemoUser);
    });

    /// <summary>How many SMS of a template went to the demo administrator's phone.</summary>
    public static Task<int> SmsToAdministratorAsync(this PlatformFactory factory, string template) =>
        factory.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = @t AND PhoneHash = @h",
            ("@t", template), ("@h", factory.PhoneHash(AdministratorPhone)));
}
