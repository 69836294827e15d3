using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 流程设计, the X6 canvas with its toolbar, property panel and problem list.</summary>
internal sealed class WorkflowDesignerPage(IPage page)
{
    public ILocator Root => page.Locator("#wf-designer");

    public ILocator Panel => page.GetByTestId("designer-panel");

    public ILocator Problems => page.GetByTestId("designer-problems");

    public ILocator Status => page.GetByTestId("designer-status");

    /// <summary>A state on the canvas, by its Chinese label.</summary>
    public ILocator State(string label) => page.Locator("#wf-canvas g.x6-node", new() { HasText = label });

    public async Task OpenFromMenuAsync(string lifecycleKey)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "业务流程" }).ClickAsync();
        await page.GetByTestId("open-designer").ClickAsync();
        await page.GetByTestId("lifecycle-" + lifecycleKey).GetByRole(AriaRole.Link, new() { Name = "设计" }).ClickAsync();
        await WaitReadyAsync();
    }

    public async Task WaitReadyAsync() => await Assertions.Expect(Root).ToHaveAttributeAsync("data-ready", "true");

    public async Task AddStateAsync(string name, string label)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "添加状态" }).ClickAsync();
        await Panel.GetByLabel("状态代码").FillAsync(name);
        await Panel.GetByLabel("中文名称").FillAsync(label);
        await Assertions.Expect(State(label)).ToBeVisibleAsync();
    }

    /// <summary>Drags from the right-hand connection point of one state onto another, as a user draws a transition; then names it.</summary>
    public async Task DrawTransitionAsync(string fromLabel, string toLabel, string trigger, string label)
    {
        var from = State(fromLabel);
        await from.HoverAsync();
        var port = await from.Locator("circle.wf-port").Nth(1).BoundingBoxAsync() ?? throw new InvalidOperationException("no port");
        var target = await State(toLabel).Locator("rect").First.BoundingBoxAsync() ?? throw new InvalidOperationException("no target");
        await page.Mouse.MoveAsync(port.X + port.Width / 2, port.Y + port.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height / 2, new() { Steps = 12 });
        await page.Mouse.UpAsync();
        var form = page.GetByTestId("transition-form");
        await Assertions.Expect(form).ToBeVisibleAsync();
        await form.GetByLabel("触发代码").FillAsync(trigger);
        await form.GetByLabel("中文名称").FillAsync(label);
    }

    public async Task ValidateAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();

    public async Task PublishAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();

    /// <summary>Whether a state is marked with a class (wf-error for a problem, wf-current for an instance's state).</summary>
    public static ILocator Marked(ILocator state, string mark) => state.Locator("rect." + mark);
}
