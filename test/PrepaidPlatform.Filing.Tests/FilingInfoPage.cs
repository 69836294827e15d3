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

    /// <summary>A well-formed PDF of the smallest kind (header, one object, trailer, %%EOF).</summary>
    public static byte[] Pdf(string text = "test") =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Title ({text}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n");

    /// <summary>A filled-in 兑付场所信息 of 演示企业2: one site in 石景山区 · 苹果园街道.</summary>
    public static byte[] Sites() => Uploads.Workbooks.Sites(Uploads.Workbooks.Site("1", "演示餐厅（苹果园店）", "石景山区", "苹果园街道", "演示路2号", "010-68801234")).ToArray();

    /// <summary>Every required upload (兑付场所信息, 预付卡合同, 存管账户证明文件, 承诺书), as a browser posts them.</summary>
    public static Dictionary<string, (string Name, byte[] Content)> RequiredFiles() => new()
    {
        ["UploadFiles.RedemptionSites"] = ("兑付场所信息.xlsx", Sites()),
        ["UploadFiles.Contract"] = ("预付卡合同.pdf", Pdf("contract")),
        ["UploadFiles.CustodyProof"] = ("存管账户证明.pdf", Pdf("proof")),
        ["UploadFiles.CommitmentLetter"] = ("承诺书.pdf", Pdf("commitment")),
    };

    public static Task<HttpResponseMessage> SaveAsync(PlatformClient client, IDictionary<string, string> fields, Guid? applicationId = null,
        IDictionary<string, (string Name, byte[] Content)>? files = null) =>
        PostAsync(client, fields, "Save", applicationId, files ?? new Dictionary<string, (string, byte[])>());

    /// <summary>Submits the fields with the required uploads unless <paramref name="files"/> says otherwise.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(PlatformClient client, IDictionary<string, string> fields, Guid? applicationId = null,
        IDictionary<string, (string Name, byte[] Content)>? files = null) =>
        PostAsync(client, fields, "Submit", applicationId, files ?? RequiredFiles());

    /// <summary>Posts the form with the hidden fields the page rendered (or a forged application id).</summary>
    private static async Task<HttpResponseMessage> PostAsync(PlatformClient client, IDictionary<string, string> fields, string handler, Guid? applicationId,
        IDictionary<string, (string Name, byte[] Content)> files)
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

        // multipart/form-data, as the page's form (enctype) posts it.
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in form)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (field, (fileName, bytes)) in files)
        {
            content.Add(new ByteArrayContent(bytes), field, fileName);
        }

        return await client.Http.PostAsync($"{Url}?handler={handler}", content);
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

    public static List<string> TestIds(string html, string testId) =>
        Regex.Matches(html, $"data-testid=\"{testId}\"").Select(m => m.Value).ToList();

    public static string TestId(string html, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>([^<]*)<").Groups[1].Value).Trim();
}
