using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Custody;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Risk;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.CreditRisk.Tests.Codes;

/// <summary>
/// The walks over Custody's supervised operators (CreditRisk's nightly run, Reporting's facts and reminders) reach the
/// last operator however many pages come before it, also pages whose rows have no binding yet and describe no one.
/// </summary>
public sealed class SupervisedWalkTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>More than one page of the facts' walk (1,000) of rows without a binding, ordered before every other row.</summary>
    private const int UnboundRows = 1_001;

    [Fact]
    public async Task The_nightly_run_reaches_an_operator_behind_more_than_a_page_of_unbound_rows()
    {
        var (bound, _) = await ArrangeAsync();

        var walked = await factory.InScopeAsync(async sp =>
        {
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<IReportingRiskFacts>().SupervisedOperatorsAsync();
        });
        walked.ShouldContain(bound);

        // Supervised since 2020 and never reported: 季度数据逾期未报 turns it red, found only by the walk.
        await factory.InScopeAsync(sp => sp.GetRequiredService<RiskCodes>().RecomputeAllAsync("每日重算", CancellationToken.None));
        var code = (await factory.CodeAsync(bound))!;
        code.Colour.ShouldBe(RiskColour.Red);
        RiskCodes.Reasons(code.ReasonsJson).ShouldContain(r => r.Rule == "季度数据逾期未报");
    }

    [Fact]
    public async Task Pages_of_the_contract_continue_past_rows_without_a_binding_and_end_with_no_continuation()
    {
        var (bound, tenant) = await ArrangeAsync();

        var pages = await factory.InScopeAsync(async sp =>
        {
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            var custody = sp.GetRequiredService<ICustodyReportingFacts>();
            var seen = new List<SupervisedOperatorPage>();
            Guid? continuation = null;
            do
            {
                var page = await custody.SupervisedOperatorsAsync(continuation, 400);
                seen.Add(page);
                continuation = page.Next;
            }
            while (continuation is not null);

            return seen;
        });

        pages.Count.ShouldBeGreaterThan(2);
        pages[0].Operators.ShouldBeEmpty();
        pages[0].Next.ShouldNotBeNull();
        pages.SelectMany(p => p.Operators).Select(o => o.OperatorUserId).ShouldContain(bound);
        pages[^1].Next.ShouldBeNull();
    }

    /// <summary>
    /// <see cref="UnboundRows"/> rows of the test's district whose ids sort first (as approvals whose binding is not written yet), and one
    /// bound operator whose id sorts last. Each test has its own district so the two tests' rows do not mix.
    /// </summary>
    private async Task<(Guid Bound, Guid Tenant)> ArrangeAsync([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var district = test.StartsWith("The_nightly", StringComparison.Ordinal) ? "110101" : "110102";
        var tenant = await factory.TenantAsync(district);
        var bound = Guid.NewGuid();
        await factory.InScopeAsync(async sp =>
        {
            using var inDistrict = sp.GetRequiredService<ICurrentTenant>().Change(tenant);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var prefix = district == "110101" ? "00000000-0000-4000-8000-" : "00000001-0000-4000-8000-";
            for (var i = 0; i < UnboundRows; i++)
            {
                db.Add(new CustodyOperator(Guid.Parse(prefix + i.ToString("D12")), CreditRiskArrangement.Filed(tenant, Guid.NewGuid(), CreditRiskArrangement.ValidUscc(district))));
            }

            CreditRiskArrangement.AddBound(db, sp.GetRequiredService<IPersonalDataProtector>(), tenant, Guid.Parse("ffffffff-ffff-4fff-8fff-" + district.PadLeft(12, '0')),
                bound, CreditRiskArrangement.ValidUscc(district), new DateTime(2020, 3, 2, 2, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        });
        return (bound, tenant);
    }
}
