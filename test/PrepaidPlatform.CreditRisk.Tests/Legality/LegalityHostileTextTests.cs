using System.Net;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.CreditRisk.Tests.Legality;

/// <summary>
/// Issue 15 item 4 on 录入违法违规 and 确认已整改: script in each text field in turn is stored as typed and shown as text on
/// the district's 合法性灯 page, never as markup; the 统一社会信用代码 with script is refused with its message.
/// </summary>
public sealed class LegalityHostileTextTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    public static TheoryData<string> Fields() => new() { "Uscc", "Description", "OrderNumber" };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Script_in_a_violation_field_is_shown_as_text_or_refused_with_the_fields_message(string field)
    {
        var op = await factory.OperatorAsync("110107");
        var order = "石商责改-X" + op.Uscc[^6..];
        var payload = HostileText.Fitting(field == "OrderNumber" ? Violation.OrderNumberMaxLength : Violation.DescriptionMaxLength, "#" + field);
        var form = LegalityArrangement.Order(op.Uscc, order);
        form["Input." + field] = payload;
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        using var response = await reviewer.PostFormAsync(LegalityArrangement.Page, form, LegalityArrangement.Page + "?handler=Record");
        var answer = await response.Content.ReadAsStringAsync();
        HostileText.ShouldHoldNoMarkup(answer, $"the answer to {field}", payload);
        if (field == "Uscc")
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            FormFuzzer.ShouldExplainInChinese(answer, "a USCC with script");
            (await factory.ViolationAsync(order)).ShouldBeNull();
            return;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(answer));
        var violation = (await factory.ViolationAsync(field == "OrderNumber" ? payload : order)).ShouldNotBeNull();
        (field == "OrderNumber" ? violation.OrderNumber : violation.Description).ShouldBe(payload);
        HostileText.ShouldShowAsText(await reviewer.GetPageAsync(LegalityArrangement.Page), payload, $"合法性灯 after recording {field}");

        if (field == "Description")
        {
            // 确认已整改 with script as its note.
            var note = HostileText.Full + "#note";
            var (status, html) = await reviewer.RectifyAsync(violation.Id, await factory.InstanceVersionAsync(violation), note);
            status.ShouldBe(HttpStatusCode.Redirect, html);
            (await factory.ViolationAsync(order))!.Status.ShouldBe(ViolationStatus.Rectified);
            HostileText.ShouldHoldNoMarkup(await reviewer.GetPageAsync(LegalityArrangement.Page + "?Status=All"), "合法性灯 after 确认已整改", note);
        }
    }
}
