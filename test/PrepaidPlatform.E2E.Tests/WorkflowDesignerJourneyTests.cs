using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using PrepaidPlatform.E2E.Tests.Pages;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.E2E.Tests;

public sealed partial class WorkflowDesignerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Key = "account.adminChange";

    [Fact]
    public async Task The_city_administrator_adds_a_state_and_transitions_fixes_the_validation_error_and_publishes_new_instances_follow_the_new_version()
    {
        var district = await browser.Factory.InScopeAsync(async sp => (await sp.GetRequiredService<ITenantDirectory>().ListAsync()).OrderBy(t => t.Code).First().Id);
        var before = await StartAsync(district);
        before.DefinitionVersion.ShouldBe(1);

        var page = await browser.NewPageAsync();
        // X6 draws with SVG attributes and sets styles through the DOM; the CSP (no inline styles or scripts) must refuse nothing on these pages.
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (page.Url.Contains("/Workflows/", StringComparison.Ordinal) && message.Type == "error")
            {
                refused.Add(message.Text);
            }
        };
        page.PageError += (_, error) => refused.Add(error);
        await new LoginPage(page).SignInAsync("cityadmin", "Demo@2026", open: true);
        await Assertions.Expect(page).ToHaveURLAsync(EnableAuthenticatorUrl(), new() { Timeout = 60_000 });
        var enrolment = new EnableAuthenticatorPage(page);
        await enrolment.CompleteAsync(new Totp(Base32Encoding.ToBytes(await enrolment.KeyAsync())).ComputeTotp());

        var designer = new WorkflowDesignerPage(page);
        await designer.OpenFromMenuAsync(Key);
        await Assertions.Expect(designer.State("待审核")).ToBeVisibleAsync();

        await designer.AddStateAsync("correcting", "补正中");
        await designer.DrawTransitionAsync("待审核", "补正中", "requestFix", "要求补正");
        await designer.ValidateAsync();
        await Assertions.Expect(designer.Problems).ToContainTextAsync("从状态“补正中”无法到达任何结束状态。");
        await Assertions.Expect(WorkflowDesignerPage.Marked(designer.State("补正中"), "wf-error")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "designer-problem");

        await designer.DrawTransitionAsync("补正中", "待审核", "resubmit", "重新提交");
        await designer.ValidateAsync();
        await Assertions.Expect(designer.Status).ToHaveTextAsync("校验通过，可以发布。");
        await Assertions.Expect(WorkflowDesignerPage.Marked(designer.State("补正中"), "wf-error")).ToHaveCountAsync(0);

        await designer.PublishAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("已发布 v2");
        await designer.WaitReadyAsync();
        await Assertions.Expect(designer.State("补正中")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "designer-published");

        var after = await StartAsync(district);
        after.DefinitionVersion.ShouldBe(2);
        (await FireAsync(district, after.Id, "requestFix")).Instance!.CurrentStateLabel.ShouldBe("补正中");
        (await FireAsync(district, before.Id, "requestFix")).Outcome.ShouldBe(WorkflowFireOutcome.Refused);
        (await browser.Factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            return await sp.GetRequiredService<IWorkflowRuntime>().FindAsync(before.Id);
        }))!.DefinitionVersion.ShouldBe(1);

        await page.GotoAsync($"/Workflows/Instances/Details?id={after.Id}");
        var diagram = page.GetByTestId("instance-diagram");
        await Assertions.Expect(diagram).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(WorkflowDesignerPage.Marked(diagram.Locator("g.x6-node", new() { HasText = "补正中" }), "wf-current")).ToHaveCountAsync(1);
        await Assertions.Expect(WorkflowDesignerPage.Marked(diagram.Locator("g.x6-node", new() { HasText = "待审核" }), "wf-current")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "instance-diagram");

        refused.ShouldBeEmpty();
    }

    private Task<WorkflowInstanceDto> StartAsync(Guid district) =>
        browser.Factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            var started = await sp.GetRequiredService<IWorkflowRuntime>().StartAsync(Key, "account.adminChangeRequest", Guid.NewGuid().ToString("N"));
            started.Error.ShouldBeNull();
            return started.Instance!;
        });

    private Task<WorkflowFireResult> FireAsync(Guid district, Guid instance, string trigger) =>
        browser.Factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            return await sp.GetRequiredService<IWorkflowRuntime>().FireAsync(new WorkflowFireRequest(instance, trigger));
        });

    [GeneratedRegex("EnableAuthenticator")]
    private static partial Regex EnableAuthenticatorUrl();
}
