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

    public static Task<FilingApplication> DemoApplicationAsync(this PlatformFactory factory) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().AsNoTracking().SingleAsync(a => a.Uscc == DemoUser);
    });
}
