using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// P1: an operator reads and changes only its own application, a district only its district's. Ids are forged on
/// purpose: the pages must refuse them, not merely not link to them.
/// </summary>
public sealed class FilingIsolationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoUser = "91110107MA01AB2C3C";
    private static readonly Guid Shijingshan = TenantSeeder.IdFor("110107");
    private static readonly Guid Haidian = TenantSeeder.IdFor("110108");

    [Fact]
    public async Task An_operator_cannot_read_or_change_another_operators_application_by_a_forged_id()
    {
        var sameDistrict = await OtherOperatorsApplicationAsync(Shijingshan, "91110107MA01OTHER1", "20260101000001");
        var otherDistrict = await OtherOperatorsApplicationAsync(Haidian, "91110108MA01OTHER2", "20260101000002");
        using var client = await factory.SignedInClientAsync(DemoUser);

        foreach (var forged in new[] { sameDistrict, otherDistrict })
        {
            var save = await FilingInfoPage.SaveAsync(client, new Dictionary<string, string> { ["Input.ShopName"] = "越权修改" }, forged);
            save.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var submit = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete(), forged);
            submit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await ShopNameAsync(forged)).ShouldBe("别家店铺");
        }

        // The own page never shows another operator's application.
        var html = await client.GetPageAsync(FilingInfoPage.Url);
        html.ShouldNotContain("20260101000001");
        html.ShouldNotContain("别家店铺");
        // An operator has no district page.
        (await client.GetAsync($"/Filing/Applications/{sameDistrict}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_the_operators_own_district_reads_its_submitted_application()
    {
        using var operatorClient = await factory.SignedInClientAsync(DemoUser);
        var submitted = await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete());
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));
        var (id, number) = await factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var a = await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().SingleAsync(x => x.Uscc == DemoUser);
            a.TenantId.ShouldBe(Shijingshan);
            return (a.Id, a.ApplicationNumber);
        });

        using var own = await factory.SignedInClientAsync("reviewer110107");
        var html = await own.GetPageAsync($"/Filing/Applications/{id}");
        FilingInfoPage.TestId(html, "application-number").ShouldBe(number);
        FilingInfoPage.TestId(html, "operator-name").ShouldBe("演示企业2");
        FilingInfoPage.TestId(html, "summary-id").ShouldBe("1101**********002X");
        (await own.GetPageAsync("/Filing/Applications")).ShouldContain(number);

        using var other = await factory.SignedInClientAsync("reviewer110108");
        (await other.GetAsync($"/Filing/Applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetPageAsync("/Filing/Applications")).ShouldNotContain(number);
    }

    [Fact]
    public async Task A_district_does_not_see_an_operators_draft()
    {
        var draft = await OtherOperatorsApplicationAsync(Shijingshan, "91110107MA01DRAFT3", "20260101000003");
        using var own = await factory.SignedInClientAsync("reviewer110107");
        (await own.GetAsync($"/Filing/Applications/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A draft of another operator account (not the demo operator) stored in a district.</summary>
    private Task<Guid> OtherOperatorsApplicationAsync(Guid district, string uscc, string number) => factory.InScopeAsync(async sp =>
    {
        using var inDistrict = sp.GetRequiredService<ICurrentTenant>().Change(district);
        var db = sp.GetRequiredService<PlatformDbContext>();
        var application = new FilingApplication(Guid.NewGuid(), district, Guid.NewGuid(), uscc, number, DateTime.UtcNow);
        application.SetBasics("别家店铺", "6210", null, null, FilingCategory.SingleEntity);
        db.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    });

    private Task<string?> ShopNameAsync(Guid id) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().Where(a => a.Id == id).Select(a => a.ShopName).SingleAsync();
    });
}
