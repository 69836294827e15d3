using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 合同管理 · 已签合同 (F10, P1): the operator lists and downloads the 预付卡合同 it filed with 备案信息, and nobody else
/// can: ids are forged on purpose (another operator's contract in the same district, the own custody proof, a new
/// id), and another district's operator and the district staff are turned away.
/// </summary>
public sealed class SignedContractTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Shijingshan = TenantSeeder.IdFor("110107");

    [Fact]
    public async Task An_operator_lists_and_downloads_its_filed_contract_and_nobody_else_can()
    {
        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var empty = await operatorClient.GetPageAsync(ContractPages.SignedUrl);
        FilingInfoPage.TestId(empty, "no-contracts").ShouldStartWith("暂无已签合同：在备案信息中上传的预付卡合同（填写盖章后的PDF）将在此列出。");
        // The operator menu's 已签合同 leads here, no longer to the 尚未开通 placeholder.
        empty.ShouldContain($"class=\"nav-link active\" href=\"{ContractPages.SignedUrl}\"");
        empty.ShouldNotContain("/Operator/Pending/signed-contracts");

        // Another operator of the same district has a contract on file: never listed, never served to this one.
        var neighboursContract = await NeighboursContractAsync();

        var submitted = await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete());
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));
        var application = await factory.DemoApplicationAsync();
        var (contractId, proofId) = await factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var attachments = await sp.GetRequiredService<PlatformDbContext>().Set<FilingAttachment>().AsNoTracking()
                .Where(a => a.ApplicationId == application.Id).ToListAsync();
            return (attachments.Single(a => a.Kind == AttachmentKind.Contract).Id, attachments.Single(a => a.Kind == AttachmentKind.CustodyProof).Id);
        });

        var html = await operatorClient.GetPageAsync(ContractPages.SignedUrl);
        ContractPages.RowIds(html, "contract-row").ShouldBe([contractId]);
        FilingInfoPage.TestId(html, "contract-application").ShouldBe(application.ApplicationNumber);
        FilingInfoPage.TestId(html, "contract-status").ShouldBe("待确认");
        html.ShouldContain("预付卡合同.pdf");
        html.ShouldContain(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var download = await operatorClient.GetAsync(DownloadUrl(contractId));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("预付卡合同.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(FilingInfoPage.Pdf("contract"));

        // Forged ids: the neighbour's contract, the own custody proof (not a contract), an id that does not exist.
        foreach (var forged in new[] { neighboursContract, proofId, Guid.NewGuid() })
        {
            (await operatorClient.GetAsync(DownloadUrl(forged))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        // An operator of another district sees none of it and cannot download it.
        using var haidian = await OtherOperators.RegisteredAndSignedInAsync(factory, OtherOperators.HaidianUscc, "13900000203");
        var theirs = await haidian.GetPageAsync(ContractPages.SignedUrl);
        theirs.ShouldContain("data-testid=\"no-contracts\"");
        theirs.ShouldNotContain(application.ApplicationNumber);
        (await haidian.GetAsync(DownloadUrl(contractId))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // District staff, even of the operator's own district, use the review pages, not the operator's.
        foreach (var reviewer in new[] { "reviewer110107", "reviewer110108" })
        {
            using var staff = await factory.SignedInClientAsync(reviewer);
            var refused = await staff.GetAsync(DownloadUrl(contractId));
            refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            refused.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    private static string DownloadUrl(Guid id) => $"{ContractPages.SignedUrl}?handler=Download&id={id}";

    /// <summary>A submitted application of another account in 石景山区 with a real contract file in the store.</summary>
    private Task<Guid> NeighboursContractAsync() => factory.InScopeAsync(async sp =>
    {
        using var inDistrict = sp.GetRequiredService<ICurrentTenant>().Change(Shijingshan);
        var db = sp.GetRequiredService<PlatformDbContext>();
        var application = new FilingApplication(Guid.NewGuid(), Shijingshan, Guid.NewGuid(), "91110107MA01OTHER1", "20260101000001", DateTime.UtcNow);
        application.SetBasics("别家店铺", "6210", "110107", "110107005", FilingCategory.SingleEntity);
        var file = await sp.GetRequiredService<IFileStore>().SaveAsync("contract", new MemoryStream(FilingInfoPage.Pdf("neighbour")));
        var contract = new FilingAttachment(Guid.NewGuid(), Shijingshan, application.Id, AttachmentKind.Contract, file.Key, "别家合同.pdf", "application/pdf",
            file.Length, file.Sha256, null, null, DateTime.UtcNow);
        db.Add(application);
        db.Add(contract);
        await db.SaveChangesAsync();
        return contract.Id;
    });
}
