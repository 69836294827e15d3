using System.Net;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests.Hardening;

/// <summary>
/// Issue 15 item 4 on the operator's 备案信息 form: script and markup in each text field in turn, the rest of the form
/// complete. 保存草稿 keeps free text as typed and the page shows it encoded; a field whose value must be a choice, a
/// date or a number answers with its own Chinese message and nothing is saved; 提交备案 holds the coded and formatted
/// fields to their rules with their own messages and leaves the draft as it was.
/// </summary>
public sealed class FilingFormHostileTextTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    /// <summary>Each field's length limit at 保存草稿 (<see cref="FilingDraftParser"/>); choices, dates and numbers have none.</summary>
    private static readonly Dictionary<string, int> MaxLength = new()
    {
        ["ShopName"] = FilingDraftParser.ShopNameMax,
        ["IndustryCode"] = 8,
        ["DistrictCode"] = 8,
        ["StreetCode"] = 12,
        ["LegalRepName"] = FilingDraftParser.NameMax,
        ["LegalRepIdNumber"] = FilingDraftParser.IdNumberMax,
        ["LegalRepPhone"] = 20,
        ["PremisesAddress"] = FilingDraftParser.AddressMax,
        ["ProductName"] = FilingDraftParser.ProductNameMax,
        ["CustodyBankCode"] = 8,
        ["CustodyBranchName"] = FilingDraftParser.BranchNameMax,
        ["CustodyAccountNumber"] = FilingDraftParser.AccountNumberMax,
        ["Remarks"] = FilingDraftParser.RemarksMax,
    };

    /// <summary>Fields whose value is a choice, a date or a number: script there is refused at 保存草稿 with the field's message.</summary>
    private static readonly Dictionary<string, string> RefusedAtSave = new()
    {
        ["Category"] = "请从列表中选择类别。",
        ["LegalRepIdType"] = "请从列表中选择证件类型。",
        ["PremisesOwnership"] = "请从列表中选择房屋归属。",
        ["LeaseFrom"] = "租赁期限的开始日期格式不正确，请按“年-月-日”选择日期。",
        ["LeaseTo"] = "租赁期限的结束日期格式不正确，请按“年-月-日”选择日期。",
        ["CardsIssued"] = "累计发行张数须为不小于0的整数（单位：张）。",
        ["PrepaidBalanceWan"] = "预收资金余额须为不小于0的数字，单位万元，最多6位小数（精确到分）。",
    };

    /// <summary>Shown back in the form's inputs as typed; the others are chosen from lists or kept protected (shown masked, never in the form).</summary>
    private static readonly HashSet<string> ShownInForm = ["ShopName", "LegalRepName", "PremisesAddress", "ProductName", "CustodyBranchName", "Remarks"];

    /// <summary>Every text field of the complete form (the 记名卡 box is a boolean, not text).</summary>
    public static TheoryData<string> TextFields() =>
        new(FilingInfoPage.Complete().Keys.Select(k => k["Input.".Length..]).Where(f => f != "NamedCards"));

    /// <summary>Fields with a rule at 提交备案 that script breaks; the message each must answer with.</summary>
    public static TheoryData<string> RuledAtSubmit() =>
        new() { "IndustryCode", "DistrictCode", "StreetCode", "LegalRepIdNumber", "LegalRepPhone", "CustodyBankCode", "CustodyAccountNumber", "CustodyBranchName" };

    /// <summary>The payload for a field, tagged with its name where there is room (a narrow code field holds only a short one).</summary>
    private static string PayloadFor(string field) =>
        MaxLength.TryGetValue(field, out var max) && max < 40 ? HostileText.Fitting(max) : HostileText.Fitting(max > 0 ? max : 200, "#" + field);

    [Theory]
    [MemberData(nameof(TextFields))]
    public async Task Script_in_a_field_is_saved_as_text_and_shown_encoded_or_refused_with_the_fields_message(string field)
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        await SavedCompleteDraftAsync(client);
        var before = await factory.DemoDraftAsStoredAsync();
        var payload = PayloadFor(field);

        using var response = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete().With(field, payload));
        var answer = await response.Content.ReadAsStringAsync();
        HostileText.ShouldHoldNoMarkup(answer, $"the answer to {field}", payload);
        if (RefusedAtSave.TryGetValue(field, out var message))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, field);
            FilingInfoPage.FieldError(answer, field).ShouldBe(message);
            (await factory.DemoDraftAsStoredAsync()).ShouldBe(before, $"a refused {field} changed the draft");
            return;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{field}: {PlatformClient.ValidationSummary(answer)} {FilingInfoPage.FieldError(answer, field)}");
        var application = await factory.DemoApplicationAsync();
        if (typeof(FilingApplication).GetProperty(field)?.GetValue(application) is string stored)
        {
            stored.ShouldBe(field == "LegalRepIdNumber" ? payload.ToUpperInvariant() : payload, "stored as typed");
        }

        var page = await client.GetPageAsync(FilingInfoPage.Url);
        if (ShownInForm.Contains(field))
        {
            HostileText.ShouldShowAsText(page, payload, $"备案信息 after saving {field}");
        }
        else
        {
            HostileText.ShouldHoldNoMarkup(page, $"备案信息 after saving {field}", payload);
        }
    }

    [Theory]
    [MemberData(nameof(RuledAtSubmit))]
    public async Task Script_in_a_ruled_field_is_refused_at_submit_with_the_fields_message_and_the_draft_stays(string field)
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        await SavedCompleteDraftAsync(client);
        var before = await factory.DemoDraftAsStoredAsync();
        var payload = PayloadFor(field);

        using var response = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With(field, payload));
        var answer = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, field);
        HostileText.ShouldHoldNoMarkup(answer, $"the answer to {field}", payload);
        FilingInfoPage.FieldError(answer, field).ShouldBe(SubmitMessage(field, payload));
        (await factory.DemoDraftAsStoredAsync()).ShouldBe(before, $"a refused submit with {field} changed the draft");
        (await factory.DemoApplicationAsync()).Status.ShouldBe(FilingApplicationStatus.Draft);
    }

    private static string SubmitMessage(string field, string payload) => field switch
    {
        "IndustryCode" => "所属行业须从行业字典（GB/T 4754-2017）中选择。",
        "DistrictCode" => "所在区域须与注册地址一致：注册地址位于石景山区。",
        "StreetCode" => "所选街道（乡镇）不属于所选区域，请重新选择。",
        "LegalRepIdNumber" => IdDocumentTypes.Validate(IdDocumentType.MainlandResidentId, payload.ToUpperInvariant(), DateOnly.FromDateTime(DateTime.UtcNow))!,
        "LegalRepPhone" => MobilePhone.InvalidMessage,
        "CustodyBankCode" => "开户银行须从银行列表中选择。",
        "CustodyAccountNumber" => "银行账号须为8至30位数字。",
        "CustodyBranchName" => FilingRules.BranchOutsideBeijingMessage,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The complete form saved as a draft, so that every case starts from the same stored values.</summary>
    private async Task SavedCompleteDraftAsync(PlatformClient client)
    {
        using var saved = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete());
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await saved.Content.ReadAsStringAsync()));
    }
}
