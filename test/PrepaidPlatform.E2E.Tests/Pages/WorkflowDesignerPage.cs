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

    /// <summary>Adds a state and names it in Chinese; returns the code the designer made for it (no one types codes).</summary>
    public async Task<string> AddStateAsync(string label)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "添加状态" }).ClickAsync();
        await Panel.GetByLabel("中文名称").FillAsync(label);
        await Assertions.Expect(State(label)).ToBeVisibleAsync();
        return await GeneratedCodeAsync(Panel);
    }

    /// <summary>
    /// Drags from the right-hand connection point of one state onto another, as a user draws a transition; then names it.
    /// Returns the transition's code, made by the designer.
    /// </summary>
    public async Task<string> DrawTransitionAsync(string fromLabel, string toLabel, string label)
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
        await form.GetByLabel("中文名称").FillAsync(label);
        return await GeneratedCodeAsync(form);
    }

    private static async Task<string> GeneratedCodeAsync(ILocator form) =>
        (await form.GetByTestId("generated-code").First.Locator("code").InnerTextAsync()).Trim();

    /// <summary>A transition's label on the canvas, by its text.</summary>
    public ILocator TransitionLabel(string text) => page.Locator("#wf-canvas g.x6-edge-label", new() { HasText = text });

    /// <summary>
    /// Whether the label is what a user sees at its own centre: the topmost element there belongs to it, so no state is
    /// drawn over it.
    /// </summary>
    public static Task<bool> IsOnTopAsync(ILocator label) =>
        label.EvaluateAsync<bool>("l => { const r = l.getBoundingClientRect(); const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); return !!top && l.contains(top); }");

    /// <summary>The labels of the states drawn (partly) outside the canvas's visible area.</summary>
    public async Task<IReadOnlyList<string>> StatesOutsideCanvasAsync() =>
        await page.Locator("#wf-canvas").EvaluateAsync<string[]>(
            "c => { const box = c.getBoundingClientRect(); return [...c.querySelectorAll('g.x6-node')].filter(n => { const r = n.querySelector('rect').getBoundingClientRect(); " +
            "return r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom; }).map(n => n.textContent.trim()); }");

    public async Task ValidateAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "校验" }).ClickAsync();

    public async Task PublishAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();

    /// <summary>Whether a state is marked with a class (wf-error for a problem, wf-current for an instance's state).</summary>
    public static ILocator Marked(ILocator state, string mark) => state.Locator("rect." + mark);
}
