using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Tenants;

/// <summary>SPEC "Tenants": Beijing's 16 districts (GB/T 2260) and 北京经济技术开发区, which has no GB/T 2260 code and gets platform code 110400.</summary>
internal static class TenantSeeder
{
    internal static readonly (string Code, string Name)[] Beijing =
    [
        ("110101", "东城区"), ("110102", "西城区"), ("110105", "朝阳区"), ("110106", "丰台区"),
        ("110107", "石景山区"), ("110108", "海淀区"), ("110109", "门头沟区"), ("110111", "房山区"),
        ("110112", "通州区"), ("110113", "顺义区"), ("110114", "昌平区"), ("110115", "大兴区"),
        ("110116", "怀柔区"), ("110117", "平谷区"), ("110118", "密云区"), ("110119", "延庆区"),
        ("110400", "北京经济技术开发区"),
    ];

    /// <summary>Stable ids from the code, so that a reseed on another database names the same districts.</summary>
    internal static Guid IdFor(string code) => new(SHA256.HashData(Encoding.UTF8.GetBytes("tenant:" + code)).AsSpan(0, 16));

    public static async Task SeedAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Tenant>().Select(t => t.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, name) in Beijing)
        {
            order++;
            if (!existing.Contains(code))
            {
                db.Set<Tenant>().Add(new Tenant(IdFor(code), code, name, order));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
