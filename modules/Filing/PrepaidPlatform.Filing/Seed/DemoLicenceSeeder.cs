using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Filing.Seed;

/// <summary>
/// With <c>Seed:DemoData</c>, the demo operator (演示企业2, seeded by Identity without going through the licence step) gets
/// the licence a sandbox verification would have stored (with its 证照图片), so its 证照信息 is prefilled like any registered operator's.
/// </summary>
internal static class DemoLicenceSeeder
{
    internal const string DemoOperatorUscc = "91110107MA01AB2C3C";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IConfiguration>().GetValue<bool>("Seed:DemoData")
            || SandboxEntities.Find(DemoOperatorUscc) is not { } licence)
        {
            return;
        }

        var district = await services.GetRequiredService<ITenantDirectory>().FindByCodeAsync(licence.DistrictCode, cancellationToken);
        if (district is null)
        {
            return;
        }

        var db = services.GetRequiredService<PlatformDbContext>();
        using var inDistrict = services.GetRequiredService<ICurrentTenant>().Change(district.Id);
        if (await db.Set<OperatorLicence>().AnyAsync(l => l.Uscc == licence.Uscc, cancellationToken))
        {
            return;
        }

        var now = services.GetRequiredService<IClock>().UtcNow.UtcDateTime;
        var stored = new OperatorLicence(Guid.NewGuid(), district.Id, licence, "演示数据", now);
        db.Add(stored);
        // 证照图片 as the sandbox would have returned it.
        var image = services.GetRequiredService<Documents.SandboxLicenceImage>().RenderPng(licence);
        db.Add(new OperatorLicenceImage(stored.Id, district.Id, image, "image/png", now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
