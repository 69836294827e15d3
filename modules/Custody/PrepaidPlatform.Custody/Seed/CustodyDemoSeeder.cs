using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Seed;

/// <summary>
/// With <c>Seed:DemoData</c> only, one 存管银行 and one 保险机构 to try the institution pages and keys on. Their names say
/// 演示 and their USCCs are made up (valid check digit, no real entity): production never has them.
/// </summary>
internal static class CustodyDemoSeeder
{
    public const string DemoBankName = "北京银行（演示）";
    public const string DemoInsurerName = "演示保险机构";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IConfiguration>().GetValue<bool>("Seed:DemoData"))
        {
            return;
        }

        var db = services.GetRequiredService<PlatformDbContext>();
        var now = services.GetRequiredService<IClock>().UtcNow.UtcDateTime;
        var added = false;
        foreach (var (kind, name, first17, bankCode) in new[]
        {
            (InstitutionKind.Bank, DemoBankName, "91110000MA00DB001", (string?)"BOB"),
            (InstitutionKind.Insurer, DemoInsurerName, "91110000MA00BX001", null),
        })
        {
            if (await db.Set<CustodyInstitution>().AnyAsync(i => i.Kind == kind && i.Name == name, cancellationToken))
            {
                continue;
            }

            var uscc = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
            db.Add(new CustodyInstitution(Guid.NewGuid(), kind, name, uscc, bankCode, "演示联系人", "010-12345678", now));
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
