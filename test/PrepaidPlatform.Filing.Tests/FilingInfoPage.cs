using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>The operator's 备案信息 page driven as a browser would: the form's hidden fields are read back and posted.</summary>
internal static partial class FilingInfoPage
{
    public const string Url = "/Filing/Info";

    /// <summary>Every field filled correctly for the demo operator 演示企业2 (石景山区 · 苹果园街道).</summary>
    public static Dictionary<string, string> Complete() => new()
    {
        ["Input.ShopName"] = "演示餐厅",
        ["Input.IndustryCode"] = "6210",
        ["Input.DistrictCode"] = "110107",
        ["Input.StreetCode"] = "110107005",
        ["Input.Category"] = "SingleEntity",
        ["Input.LegalRepName"] = "测试2",
        ["Input.LegalRepIdType"] = "MainlandResidentId",
        ["Input.LegalRepIdNumber"] = "11010519491231002X",
        ["Input.LegalRepPhone"] = "13900000002",
        ["Input.PremisesAddress"] = "北京市石景山区苹果园街道演示路2号",
        ["Input.PremisesOwnership"] = "Rented",
        ["Input.LeaseFrom"] = "2024-01-01",
        ["Input.LeaseTo"] = "2034-12-31",
        ["Input.ProductName"] = "餐饮储值卡",
        ["Input.NamedCards"] = "true",
        ["Input.CardsIssued"] = "1200",
        ["Input.PrepaidBalanceWan"] = "60.123456",
        ["Input.CustodyBankCode"] = "BOB",
        ["Input.CustodyBranchName"] = "北京银行石景山支行",
        ["Input.CustodyAccountNumber"] = "20000012345678901234",
        ["Input.Remarks"] = "无",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string field, string value)
    {
        fields["Input." + field] = value;
        return fields;
    }

    public static Task<HttpResponseMessage> SaveAsync(PlatformClient client, IDictionary<string, string> fields, Guid? applicationId = null) =>
        PostAsync(client, fields, "Save", applicationId);

    public static Task<HttpResponseMessage> SubmitAsync(PlatformClient client, IDictionary<string, string> fields, Guid? applicationId = null) =>
        PostAsync(client, fields, "Submit", applicationId);

    /// <summary>Posts the form with the hidden fields the page rendered (or a forged application id).</summary>
    private static async Task<HttpResponseMessage> PostAsync(PlatformClient client, IDictionary<string, string> fields, string handler, Guid? applicationId)
    {
        var page = await client.GetPageAsync(Url);
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = PlatformClient.AntiforgeryToken(page),
            ["IdempotencyKey"] = Hidden(page, "IdempotencyKey"),
        };
        var id = applicationId?.ToString() ?? Hidden(page, "ApplicationId");
        if (id.Length > 0)
        {
            form["ApplicationId"] = id;
        }

        return await client.Http.PostAsync($"{Url}?handler={handler}", new FormUrlEncodedContent(form));
    }

    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"");
        if (!match.Success)
        {
            match = Regex.Match(html, $"value=\"([^\"]*)\"[^>]*name=\"{name}\"");
        }

        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : string.Empty;
    }

    /// <summary>The text of the error span under a field.</summary>
    public static string FieldError(string html, string field) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-valmsg-for=\"Input.{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value);

    public static string TestId(string html, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>([^<]*)<").Groups[1].Value).Trim();
}
