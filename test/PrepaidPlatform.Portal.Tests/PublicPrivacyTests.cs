using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Caching;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Portal.Tests;

/// <summary>
/// Nothing private on a public page (issue 18 · 1): every portal page is rendered over seeded operators whose records hold
/// ID numbers, phones, account numbers and amounts, and its HTML is scanned for each of them in the forms a page would
/// print them (raw, masked tails, 元 with and without separators).
/// </summary>
public sealed class PublicPrivacyTests(UncachedPortalFactory factory) : IClassFixture<UncachedPortalFactory>
{
    [Fact]
    public async Task No_public_page_shows_an_id_number_phone_account_number_or_amount()
    {
        var marker = "测试" + Guid.NewGuid().ToString("N")[..6];
        var listed = await factory.APublicOperatorAsync("110108", "演示企业" + marker + "甲", "演示品牌" + marker);
        var leaving = await factory.APublicOperatorAsync("110105", "演示企业" + marker + "乙", "演示品牌" + marker);
        await factory.RecordsAsync(listed, (CreditClasses.AdministrativePenalty, 4), (CreditClasses.AbnormalOperation, 3), (CreditClasses.SeriousDishonest, 2));
        await factory.StatementAsync(listed.CustodyId, balanceFen: 76_543_210, custodyFen: 5_432_109);
        await factory.InPublicNoticeAsync(leaving);

        string[] pages =
        [
            "/Gongshi",
            "/Gongshi?q=" + Uri.EscapeDataString(marker),
            "/Gongshi?q=" + listed.Uscc,
            "/Gongshi/Operator/" + listed.FilingNumber,
            "/Gongshi/Operator/" + leaving.FilingNumber,
            "/Gongshi/Lists/abnormal",
            "/Gongshi/Lists/dishonest",
            "/Gongshi/Lists/penalties",
            "/Gongshi/Lists/deregistrations",
        ];
        var secrets = new List<string>();
        foreach (var op in new[] { listed, leaving })
        {
            secrets.AddRange([op.IdNumber, op.Phone, op.AccountNumber, op.AccountNumber[^8..]]);
            secrets.AddRange(Amounts(op.BalanceFen));
        }

        secrets.AddRange(Amounts(76_543_210));
        secrets.AddRange(Amounts(5_432_109));
        secrets.AddRange(Amounts(1_234_567));  // 注销's settled balance
        secrets.AddRange(["罚款", "PRIVATE-REF-", "联系电话", "咨询电话", "经营调整", "测试法定代表人"]);

        using var consumer = factory.AnonymousClient();
        foreach (var url in pages)
        {
            var html = WebUtility.HtmlDecode(await consumer.GetPageAsync(url));
            html.ShouldContain(marker, customMessage: url);
            foreach (var secret in secrets)
            {
                html.ShouldNotContain(secret, customMessage: $"{url} shows {secret}");
            }
        }

        // The pages' stored views hold no more than the pages show (the filing-code card shows the 法定代表人's name, the
        // portal does not). The store keeps Chinese as UTF-8, so the scan reads the payload as it is.
        (await consumer.GetPageAsync("/FilingCode/" + listed.FilingNumber)).ShouldContain(listed.FilingNumber);
        (await consumer.GetPageAsync("/FilingCode/" + leaving.FilingNumber)).ShouldContain(leaving.FilingNumber);
        await using var db = factory.Database.CreateContext();
        var numbers = new[] { listed.FilingNumber, leaving.FilingNumber };
        var stored = await db.Set<PublicView>().Where(v => numbers.Contains(v.ViewKey)).Select(v => new { v.Kind, v.ViewKey, v.Payload }).ToListAsync();
        stored.Select(v => v.Kind).Distinct().Order(StringComparer.Ordinal).ShouldBe(["filing-code", "gongshi-operator"]);
        stored.Count.ShouldBe(4);
        foreach (var view in stored)
        {
            view.Payload.ShouldContain(marker, customMessage: view.Kind);
            foreach (var secret in secrets.Where(s => view.Kind != "filing-code" || s != "测试法定代表人"))
            {
                view.Payload.ShouldNotContain(secret, customMessage: $"the stored {view.Kind} of {view.ViewKey} holds {secret}");
            }
        }
    }

    /// <summary>An amount in 分 as a page might print it: 分, 元 with two decimals, with thousands separators, whole 元.</summary>
    private static IEnumerable<string> Amounts(long fen)
    {
        var yuan = fen / 100m;
        return
        [
            fen.ToString(CultureInfo.InvariantCulture),
            yuan.ToString("0.00", CultureInfo.InvariantCulture),
            yuan.ToString("N2", CultureInfo.InvariantCulture),
            decimal.Truncate(yuan).ToString("N0", CultureInfo.InvariantCulture),
        ];
    }
}
