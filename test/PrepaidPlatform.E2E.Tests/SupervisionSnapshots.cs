using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Supervision.Application;
using PrepaidPlatform.Supervision.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// Snapshots of three quarters written as the refresh writes them, so the dashboards have figures to draw: standing
/// filings, T+1 feeds and risk codes for dozens of operators would each take a journey of their own. The refresh itself
/// is covered by the Supervision tests.
/// </summary>
internal static class SupervisionSnapshots
{
    private static readonly string[] Industries = ["餐饮业-正餐服务", "居民服务业-美容美发", "教育-培训机构", "体育-健身休闲"];
    private static readonly string[] Streets = ["测试街道一", "测试街道二", "测试街道三"];
    private static readonly string?[] CardSystems = ["演示发卡系统甲", "演示发卡系统乙", null];

    public static Task SeedAsync(PlatformFactory factory, string[] districtCodes, string[] quarters) =>
        factory.InScopeAsync(async sp =>
        {
            var tenants = sp.GetRequiredService<ITenantDirectory>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var everyDistrict = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var operatorIds = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
            for (var q = 0; q < quarters.Length; q++)
            {
                var rows = new List<OperatorSnapshot>();
                // Each quarter adds operators, so the trend rises.
                for (var i = 0; i < 24 + (q * 8); i++)
                {
                    var district = (await tenants.FindByCodeAsync(districtCodes[i % districtCodes.Length]))!;
                    rows.Add(new OperatorSnapshot(Guid.NewGuid(), quarters[q], operatorIds[i], district.Id, "91110000DEMO" + i.ToString("000000", System.Globalization.CultureInfo.InvariantCulture), $"演示企业{i + 1}")
                    {
                        Industry = Industries[i % Industries.Length],
                        Street = Streets[i % Streets.Length],
                        CardSystem = CardSystems[i % CardSystems.Length] ?? Dimensions.NotConnected,
                        CustodyMethod = Dimensions.CustodyMethod(i % 5 != 4, i % 3 == 0),
                        Period = Dimensions.PeriodOrder[i % Dimensions.PeriodOrder.Count],
                        BalanceFen = 10_000_000 + (i * 1_234_567L),
                        CustodyFen = i % 6 == 5 ? 0 : 5_000_000,
                        Compliant = i % 6 != 5,
                        Connected = CardSystems[i % CardSystems.Length] is not null,
                        Colour = i % 11 == 10 ? Colours.Black : i % 7 == 6 ? Colours.Red : i % 4 == 3 ? Colours.Yellow : Colours.Green,
                        Complaints = i % 5 == 0 ? 1 : 0,
                        FiledOn = new DateOnly(2020 + (i % 6), 3, 1),
                    });
                }

                var writer = new SetBasedWriter(db);
                await writer.InsertAsync(rows, CancellationToken.None);
                await writer.InsertAsync(SnapshotRefresh.Aggregate(quarters[q], rows), CancellationToken.None);
                var end = Quarter.Parse(quarters[q])!.Value.LastDay;
                db.Add(new SnapshotRun(quarters[q]) { AsOf = end, RefreshedAtUtc = end.ToDateTime(new TimeOnly(18, 30), DateTimeKind.Utc), Trigger = "每日统计", Operators = rows.Count });
            }

            await db.SaveChangesAsync();
        });
}
