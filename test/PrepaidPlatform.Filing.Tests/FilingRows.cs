using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>Reads applications as stored, across districts (what the test checks, not what a user may see).</summary>
internal static class FilingRows
{
    public const string DemoUser = "91110107MA01AB2C3C";

    /// <summary>The registered phone of the demo operator's administrator (SMS go there).</summary>
    public const string AdministratorPhone = "13800000002";

    public static Task<FilingApplication> DemoApplicationAsync(this PlatformFactory factory) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().AsNoTracking().SingleAsync(a => a.Uscc == DemoUser);
    });

    public static Task<OperatorFiling> DemoFilingAsync(this PlatformFactory factory) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<OperatorFiling>().AsNoTracking().SingleAsync(f => f.Uscc == DemoUser);
    });

    /// <summary>
    /// Every stored value of the demo operator's application, its 专用存管账户 section and the count of uploads, as one
    /// comparable text: what a refused post must leave as it was.
    /// </summary>
    public static async Task<string> DemoDraftAsStoredAsync(this PlatformFactory factory)
    {
        var application = await factory.DemoApplicationAsync();
        var values = typeof(FilingApplication).GetProperties().Select(p => $"{p.Name}={p.GetValue(application)}");
        var custody = ("SELECT BankCode FROM Custody_Accounts WHERE ApplicationId = @a", "SELECT BranchName FROM Custody_Accounts WHERE ApplicationId = @a");
        return string.Join("|", values)
            + $"|bank={await factory.ScalarAsync(custody.Item1, ("@a", application.Id))}|branch={await factory.ScalarAsync(custody.Item2, ("@a", application.Id))}"
            + $"|attachments={await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments")}";
    }

    /// <summary>How many SMS of a template went to the demo administrator's phone.</summary>
    public static Task<int> SmsToAdministratorAsync(this PlatformFactory factory, string template) =>
        factory.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE TemplateKey = @t AND PhoneHash = @h",
            ("@t", template), ("@h", factory.PhoneHash(AdministratorPhone)));

    /// <summary>Every application of the demo operator (registration and changes), as stored.</summary>
    public static Task<List<FilingApplication>> DemoApplicationsAsync(this PlatformFactory factory) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().AsNoTracking().Where(a => a.Uscc == DemoUser).ToListAsync();
    });

    /// <summary>更新证照 as the signed-in operator: the sandbox plays the legal representative scanning <paramref name="uscc"/>'s licence; the page's answer.</summary>
    public static async Task<string> CompleteLicenceScanAsync(PlatformFactory factory, PlatformClient client, string uscc)
    {
        var page = await client.GetPageAsync("/Onboarding/Register");
        var challenge = System.Text.RegularExpressions.Regex.Match(page, "name=\"ChallengeId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        using var phone = factory.AnonymousClient();
        await phone.PostFormAsync($"/Onboarding/Sandbox?challenge={challenge}", new Dictionary<string, string> { ["challenge"] = challenge, ["Uscc"] = uscc });
        var answer = await client.Http.PostAsync("/Onboarding/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ChallengeId"] = challenge,
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
        }));
        return System.Net.WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
    }
}
