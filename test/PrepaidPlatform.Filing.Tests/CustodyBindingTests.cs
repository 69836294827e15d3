using System.Net;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 专用存管账户 (SPEC C1; issue 12 · 1): the approved filing's account is bound 待核验; a confirmed change naming another
/// account rebinds it (the old binding closed and kept, status back to 待核验); one account number belongs to one
/// operator, so a second operator entering a bound number is told so in the form.
/// </summary>
public sealed class CustodyBindingTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string NewAccount = "62220000111122223333";

    [Fact]
    public async Task An_approved_filing_binds_its_account_pending_verification()
    {
        var story = await StoryAsync();
        story.OpenBindingsAfterApproval.ShouldBe(1);
        story.StatusAfterApproval.ShouldBe(0L, "待核验");
        story.MaskedAfterApproval.ShouldBe("2000************1234");
    }

    [Fact]
    public async Task A_confirmed_change_with_a_new_account_rebinds_it_and_keeps_the_history()
    {
        var story = await StoryAsync();
        story.ShouldNotBeNull();
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Bindings")).ShouldBe(2);
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Bindings WHERE UnboundAtUtc IS NULL AND AccountNumberMasked = '6222************3333'")).ShouldBe(1);
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Bindings WHERE UnboundAtUtc IS NOT NULL AND AccountNumberMasked = '2000************1234'")).ShouldBe(1);
        // The bank had confirmed the old account (已监管); the new one waits for its own bank's first statement.
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Operators WHERE AccountStatus = 0 AND AccountNumberMasked = '6222************3333'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_second_operator_entering_a_bound_account_number_is_told_it_belongs_to_another()
    {
        var story = await StoryAsync();
        using var other = await OtherOperators.RegisteredAndSignedInAsync(factory, OtherOperators.HaidianUscc, "13900000209");

        var taken = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(other, FilingInfoPage.Complete().With("CustodyAccountNumber", NewAccount)));
        var free = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(other, FilingInfoPage.Complete().With("CustodyAccountNumber", "62220000999988887777").With("ShopName", "")));

        FilingInfoPage.FieldError(taken.Html, "CustodyAccountNumber").ShouldBe("该银行账号已是其他备案企业的专用存管账户，请核对账号或联系开户银行。");
        FilingInfoPage.FieldError(free.Html, "CustodyAccountNumber").ShouldBeEmpty();
        story.ShouldNotBeNull();
    }

    private Task<RegisteredThenRebound> StoryAsync() => factory.OnceAsync(RegisteredThenRebound.WalkAsync);

    /// <summary>The demo operator's filing approved, its account confirmed by the bank, then a change to another account confirmed.</summary>
    private sealed record RegisteredThenRebound(int OpenBindingsAfterApproval, long StatusAfterApproval, string MaskedAfterApproval)
    {
        public static async Task<RegisteredThenRebound> WalkAsync(PlatformFactory factory)
        {
            await factory.ApprovedDemoFilingAsync();
            var open = await factory.CountAsync("SELECT COUNT(*) FROM Custody_Bindings WHERE UnboundAtUtc IS NULL");
            var status = Convert.ToInt64(await factory.ScalarAsync("SELECT AccountStatus FROM Custody_Operators"), System.Globalization.CultureInfo.InvariantCulture);
            var masked = (string)(await factory.ScalarAsync("SELECT AccountNumberMasked FROM Custody_Operators"))!;
            // As a bank's statement would leave it, so the rebinding's reset to 待核验 shows.
            await factory.ScalarAsync("UPDATE Custody_Operators SET AccountStatus = 1");

            using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
            await client.PostFormAsync(FilingInfoPage.Url, new Dictionary<string, string>(), FilingInfoPage.Url + "?handler=StartChange");
            var submitted = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(client,
                FilingInfoPage.Complete().With("CustodyAccountNumber", NewAccount), files: new Dictionary<string, (string, byte[])>()));
            submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, submitted.Summary);
            var change = (await Poller.UntilAsync(factory.DemoApplicationsAsync,
                all => all.Any(a => a.Kind == FilingApplicationKind.Change && a.Status == FilingApplicationStatus.UnderReview), "the change under review"))
                .Single(a => a.Kind == FilingApplicationKind.Change);
            using var reviewer = await factory.SignedInClientAsync("reviewer110107");
            await ReviewPage.StepAsync(reviewer, change.Id, "approve");
            await Poller.UntilAsync(factory.DemoApplicationsAsync,
                all => all.Single(a => a.Id == change.Id).Status == FilingApplicationStatus.Approved, "the change to be confirmed");
            return new RegisteredThenRebound(open, status, masked);
        }
    }
}
