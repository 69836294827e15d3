using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 合法性灯 of a district — 录入违法违规 with its 责令整改 order, each order's row, 确认已整改.</summary>
internal sealed class LegalityPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/CreditRisk/Legality");

    public async Task OrderAsync(string uscc, string orderNumber, int workingDays, string description)
    {
        await page.GetByLabel("统一社会信用代码").FillAsync(uscc);
        await page.GetByLabel("责令整改通知书文号").FillAsync(orderNumber);
        await page.GetByLabel("整改期限（工作日）").FillAsync(workingDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("违法违规情形").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "责令整改" }).ClickAsync();
    }

    public ILocator Notice => page.GetByTestId("notice");

    public ILocator Row(string orderNumber) => page.GetByTestId("violation-" + orderNumber);

    public ILocator Light(string orderNumber) => Row(orderNumber).GetByTestId("light");

    public ILocator Status(string orderNumber) => Row(orderNumber).GetByTestId("status");

    public async Task ReferAsync(string orderNumber) => await Row(orderNumber).GetByRole(AriaRole.Link, new() { Name = "移交线索" }).ClickAsync();

    public async Task RectifyAsync(string orderNumber, string note)
    {
        await Row(orderNumber).GetByPlaceholder("整改情况").FillAsync(note);
        await Row(orderNumber).GetByRole(AriaRole.Button, new() { Name = "确认已整改" }).ClickAsync();
    }
}

/// <summary>Page object: 双随机、一公开 — a new draw, and the drawn operators' rows where an inspector records a result.</summary>
internal sealed class InspectionPages(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/CreditRisk/Inspections");

    public async Task DrawAsync(string title, int keyCount, int otherPercent)
    {
        await page.GetByLabel("抽查任务名称").FillAsync(title);
        await page.GetByLabel("重点抽查家数").FillAsync(keyCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("其他经营者抽查比例").FillAsync(otherPercent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "随机抽取" }).ClickAsync();
    }

    public ILocator Notice => page.GetByTestId("notice");

    public ILocator Item(string uscc) => page.GetByTestId("item-" + uscc);

    public async Task RecordAsync(string uscc, string result, string note)
    {
        await Item(uscc).Locator("select[name=result]").SelectOptionAsync(new SelectOptionValue { Label = result });
        await Item(uscc).GetByPlaceholder("检查情况").FillAsync(note);
        await Item(uscc).GetByRole(AriaRole.Button, new() { Name = "录入" }).ClickAsync();
    }

    public async Task ReferAsync(string uscc) => await Item(uscc).GetByRole(AriaRole.Link, new() { Name = "移交线索" }).ClickAsync();
}

/// <summary>Page object: 线索移交 — the referral form, a referral's 受理 and 办结, and the district's list.</summary>
internal sealed class ReferralPages(IPage page)
{
    public ILocator Finding => page.GetByLabel("线索内容");

    public async Task ReferAsync(string department)
    {
        await page.GetByLabel("执法部门").SelectOptionAsync(new SelectOptionValue { Label = department });
        await page.GetByRole(AriaRole.Button, new() { Name = "移交", Exact = true }).ClickAsync();
    }

    public ILocator Notice => page.GetByTestId("notice");

    public ILocator Status => page.GetByTestId("status");

    public ILocator Steps => page.GetByTestId("step");

    /// <summary>登记受理 on the date the form offers (today).</summary>
    public async Task AcceptAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "登记受理" }).ClickAsync();

    public async Task CloseAsync(string outcome)
    {
        await page.GetByLabel("办理结果").FillAsync(outcome);
        await page.GetByRole(AriaRole.Button, new() { Name = "登记办结" }).ClickAsync();
    }

    /// <summary>The list from the workbench's left menu (the module's own pages have no menu).</summary>
    public async Task OpenListFromMenuAsync()
    {
        await page.GotoAsync("/Work");
        await page.GetByRole(AriaRole.Link, new() { Name = "线索移交" }).ClickAsync();
    }

    public ILocator Rows => page.GetByTestId("referral-row");
}
