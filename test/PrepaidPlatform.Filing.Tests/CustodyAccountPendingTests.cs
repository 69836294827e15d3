using System.Net;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// One custody account number belongs to one operator (C1; issue 16 · 6) already while the first operator's filing is
/// under review: a second operator naming it is told so in the form, before anything is bound.
/// </summary>
public sealed class CustodyAccountPendingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoAccount = "20000012345678901234";

    [Fact]
    public async Task A_second_operator_naming_an_account_under_review_elsewhere_is_told_and_stores_nothing()
    {
        using (var demo = await factory.SignedInClientAsync(FilingRows.DemoUser))
        {
            var first = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(demo, FilingInfoPage.Complete()));
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect, first.Summary);
        }

        using var other = await OtherOperators.RegisteredAndSignedInAsync(factory, OtherOperators.HaidianUscc, "13900000216");
        var taken = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(other, FilingInfoPage.Complete().With("CustodyAccountNumber", DemoAccount)));
        var free = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(other, FilingInfoPage.Complete().With("CustodyAccountNumber", "62220000999988887777")));

        FilingInfoPage.FieldError(taken.Html, "CustodyAccountNumber")
            .ShouldBe("该银行账号已填写在其他经营者正在审核的备案申请中，一个专用存管账户只能属于一个经营者：请核对账号或联系开户银行。");
        // Refused for its district (海淀 against the form's 石景山), never for the account.
        FilingInfoPage.FieldError(free.Html, "CustodyAccountNumber").ShouldBeEmpty();
        FilingInfoPage.FieldError(free.Html, "DistrictCode").ShouldNotBeEmpty();
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Applications")).ShouldBe(1);
    }
}
