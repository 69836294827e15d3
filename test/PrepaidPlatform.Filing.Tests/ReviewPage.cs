using System.Net;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>The district's 备案审核 page driven as a browser would: the rendered version and key are posted back with the step.</summary>
internal static class ReviewPage
{
    public static string Url(Guid applicationId) => $"/Filing/Applications/{applicationId}";

    /// <summary>Takes a step from the page as rendered now; <paramref name="reuseKeyOf"/> posts a page's key again (a double click).</summary>
    public static async Task<(HttpResponseMessage Response, string Html, string Key)> StepAsync(PlatformClient reviewer, Guid applicationId, string trigger,
        string? reason = null, string? reuseKey = null)
    {
        var page = await reviewer.GetPageAsync(Url(applicationId));
        var key = reuseKey ?? FilingInfoPage.Hidden(page, "IdempotencyKey");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
            ["Version"] = FilingInfoPage.Hidden(page, "Version"),
            ["IdempotencyKey"] = key,
            ["Trigger"] = trigger,
            ["Values[reason]"] = reason ?? string.Empty,
        };
        var response = await reviewer.Http.PostAsync(Url(applicationId), new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadAsStringAsync(), key);
    }

    /// <summary>The demo operator's filing, approving its application through the page first if no test did yet.</summary>
    public static async Task<OperatorFiling> ApprovedDemoFilingAsync(this PlatformFactory factory)
    {
        if (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Filings") > 0)
        {
            return await factory.DemoFilingAsync();
        }

        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        if (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Applications") == 0)
        {
            (await FilingInfoPage.SubmitAsync(operatorClient, FilingInfoPage.Complete())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var application = await factory.DemoApplicationAsync();
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        if (application.Status == FilingApplicationStatus.Submitted)
        {
            await ReviewPage.StepAsync(reviewer, application.Id, "accept");
        }

        await ReviewPage.StepAsync(reviewer, application.Id, "approve");
        await Poller.UntilAsync(factory.DemoApplicationAsync, a => a.Status == FilingApplicationStatus.Approved, "the application to follow the approval");
        return await factory.DemoFilingAsync();
    }
}
