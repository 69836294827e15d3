using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Numbering;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// Issue 14: two districts approve at the same moment. Their steps take different lanes of the audit chain and meet only
/// on the city's 备案编号 counter: both filings get a number of the day, distinct and consecutive, and the day's audit chain
/// verifies with both steps' rows in it.
/// </summary>
public sealed class ConcurrentApprovalTests : IDisposable
{
    private const string HaidianPhone = "13900000231";
    private readonly PlatformFactory _factory = new();

    [Fact]
    public async Task Two_districts_approving_at_once_get_distinct_consecutive_numbers_and_the_audit_chain_verifies()
    {
        using (var demo = await _factory.SignedInClientAsync(FilingRows.DemoUser))
        {
            (await FilingInfoPage.SubmitAsync(demo, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var haidian = await OtherOperators.RegisteredAndSignedInAsync(_factory, OtherOperators.HaidianUscc, HaidianPhone))
        {
            var submitted = await FilingInfoPage.SubmitAsync(haidian, FilingInfoPage.Complete()
                .With("DistrictCode", "110108").With("StreetCode", "110108011").With("PremisesAddress", "北京市海淀区中关村街道演示路3号")
                .With("CustodyBranchName", "北京银行海淀支行").With("CustodyAccountNumber", "62220000999988887777"));
            submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));
        }

        var applications = await ApplicationsAsync();
        applications.Count.ShouldBe(2);
        using var shijingshanReviewer = await _factory.SignedInClientAsync("reviewer110107");
        using var haidianReviewer = await _factory.SignedInClientAsync("reviewer110108");
        var reviewers = applications.ToDictionary(a => a.Id, a => a.Uscc == OtherOperators.HaidianUscc ? haidianReviewer : shijingshanReviewer);
        foreach (var application in applications)
        {
            (await ReviewPage.StepAsync(reviewers[application.Id], application.Id, "accept")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // Both approvals posted at once, each on its own connection and transaction.
        var approvals = await Task.WhenAll(applications.Select(a => Task.Run(() => ReviewPage.StepAsync(reviewers[a.Id], a.Id, "approve"))));
        approvals.ShouldAllBe(a => a.Response.StatusCode == HttpStatusCode.OK);
        approvals.ShouldAllBe(a => a.Html.Contains("已审核通过，备案编号 SW", StringComparison.Ordinal));

        var numbers = await _factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorFiling>().Select(f => f.FilingNumber).ToListAsync();
        });
        var day = _factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        numbers.Order().ShouldBe([FilingNumberAllocator.Format(day, 1), FilingNumberAllocator.Format(day, 2)]);

        var today = DateOnly.ParseExact(day, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var report = (await _factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(today, today, default))).ShouldHaveSingleItem();
        report.Problem.ShouldBeNull();
        report.Intact.ShouldBeTrue();
        var filingRows = await _factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<EntityChangeRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ChainDay == today && r.EntityType == nameof(OperatorFiling)).ToListAsync());
        filingRows.Count.ShouldBe(2);
    }

    private Task<List<FilingApplication>> ApplicationsAsync() => _factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().AsNoTracking()
            .Where(a => a.Status == FilingApplicationStatus.Submitted).ToListAsync();
    });

    public void Dispose() => _factory.Dispose();
}
