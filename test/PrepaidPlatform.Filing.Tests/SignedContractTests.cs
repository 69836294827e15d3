using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Storage;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 合同管理 · 已签合同 (F10, P1): the operator lists and downloads the 预付卡合同 it filed with 备案信息, and nobody else
/// can: ids are forged on purpose (another operator's contract in the same district, the own custody proof, a new
/// id), and another district's operator and the district staff are turned away. The demo operator files its contract
/// once per class (<see cref="ContractFiled"/>); each test checks one rule on it.
/// </summary>
public sealed class SignedContractTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Shijingshan = TenantSeeder.IdFor("110107");

    [Fact]
    public async Task Before_filing_the_operator_is_told_where_its_contracts_will_be_listed()
    {
        var empty = (await StoryAsync()).ListBeforeSubmit;
        FilingInfoPage.TestId(empty, "no-contracts").ShouldStartWith("暂无已签合同：在备案信息中上传的预付卡合同（填写盖章后的PDF）将在此列出。");
        // The operator menu's 已签合同 leads here, no longer to the 尚未开通 placeholder.
        empty.ShouldContain($"class=\"nav-link active\" href=\"{ContractPages.SignedUrl}\"");
        empty.ShouldNotContain("/Operator/Pending/signed-contracts");
    }

    [Fact]
    public async Task The_filed_contract_is_listed_with_its_application_its_status_and_the_day_it_was_filed()
    {
        var story = await StoryAsync();
        story.Submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, story.Submitted.Summary);
        var html = await story.Operator.GetPageAsync(ContractPages.SignedUrl);
        ContractPages.RowIds(html, "contract-row").ShouldBe([story.ContractId]);
        FilingInfoPage.TestId(html, "contract-application").ShouldBe(story.Application.ApplicationNumber);
        FilingInfoPage.TestId(html, "contract-status").ShouldBe("待确认");
        html.ShouldContain("预付卡合同.pdf");
        html.ShouldContain(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_operator_downloads_its_contract_as_filed()
    {
        var story = await StoryAsync();
        var download = await story.Operator.GetAsync(DownloadUrl(story.ContractId));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("预付卡合同.pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(FilingInfoPage.Pdf("contract"));
    }

    [Fact]
    public async Task A_forged_id_is_not_found_even_of_a_neighbours_contract_or_the_own_custody_proof()
    {
        var story = await StoryAsync();
        // Another operator of the same district has a contract on file: never listed, never served to this one.
        var neighboursContract = await NeighboursContractAsync();
        ContractPages.RowIds(await story.Operator.GetPageAsync(ContractPages.SignedUrl), "contract-row").ShouldNotContain(neighboursContract);
        foreach (var forged in new[] { neighboursContract, story.ProofId, Guid.NewGuid() })
        {
            (await story.Operator.GetAsync(DownloadUrl(forged))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task An_operator_of_another_district_neither_sees_nor_downloads_the_contract()
    {
        var story = await StoryAsync();
        using var haidian = await OtherOperators.RegisteredAndSignedInAsync(factory, OtherOperators.HaidianUscc, "13900000203");
        var theirs = await haidian.GetPageAsync(ContractPages.SignedUrl);
        theirs.ShouldContain("data-testid=\"no-contracts\"");
        theirs.ShouldNotContain(story.Application.ApplicationNumber);
        (await haidian.GetAsync(DownloadUrl(story.ContractId))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("reviewer110107")]
    [InlineData("reviewer110108")]
    public async Task District_staff_use_the_review_pages_not_the_operators(string reviewer)
    {
        var story = await StoryAsync();
        using var staff = await factory.SignedInClientAsync(reviewer);
        var refused = await staff.GetAsync(DownloadUrl(story.ContractId));
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
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

    private Task<ContractFiled> StoryAsync() => factory.OnceAsync(ContractFiled.WalkAsync);

    /// <summary>The demo operator opens 已签合同 before filing, then submits 备案信息 with its 预付卡合同 and the other uploads.</summary>
    private sealed record ContractFiled(PlatformClient Operator, string ListBeforeSubmit, PageAnswer Submitted, FilingApplication Application, Guid ContractId, Guid ProofId)
    {
        public static async Task<ContractFiled> WalkAsync(PlatformFactory factory)
        {
            var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
            var empty = await operatorClient.GetPageAsync(ContractPages.SignedUrl);
            var submitted = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete()));
            var application = await factory.DemoApplicationAsync();
            var (contractId, proofId) = await factory.InScopeAsync(async sp =>
            {
                using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
                var attachments = await sp.GetRequiredService<PlatformDbContext>().Set<FilingAttachment>().AsNoTracking()
                    .Where(a => a.ApplicationId == application.Id).ToListAsync();
                return (attachments.Single(a => a.Kind == AttachmentKind.Contract).Id, attachments.Single(a => a.Kind == AttachmentKind.CustodyProof).Id);
            });
            return new ContractFiled(operatorClient, empty, submitted, application, contractId, proofId);
        }
    }
}
