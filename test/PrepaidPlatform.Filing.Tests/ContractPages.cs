using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>合同管理 driven as a browser would: the city's 合同模板管理, the operator's 合同模板 and 已签合同.</summary>
internal static partial class ContractPages
{
    public const string CityUrl = "/Filing/ContractTemplates";
    public const string TemplatesUrl = "/Filing/Contracts/Templates";
    public const string SignedUrl = "/Filing/Contracts/Signed";

    /// <summary>发布 on the city page: title, industry (empty = 通用) and the file, as the form's multipart post.</summary>
    public static async Task<HttpResponseMessage> PublishAsync(PlatformClient city, string title, string industryCode, string fileName, byte[]? content)
    {
        var page = await city.GetPageAsync(CityUrl);
        var form = new MultipartFormDataContent
        {
            { new StringContent(PlatformClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent(industryCode), "Input.IndustryCode" },
        };
        if (content is not null)
        {
            form.Add(new ByteArrayContent(content), "Input.File", fileName);
        }

        return await city.Http.PostAsync(CityUrl + "?handler=Publish", form);
    }

    /// <summary>撤回 or 重新发布 (<paramref name="handler"/>) of one template.</summary>
    public static Task<HttpResponseMessage> ActAsync(PlatformClient city, string handler, Guid id) =>
        city.PostFormAsync(CityUrl, new Dictionary<string, string> { ["id"] = id.ToString() }, $"{CityUrl}?handler={handler}");

    /// <summary>The ids of the rows a list page shows (<c>data-id</c> of <paramref name="rowTestId"/> rows).</summary>
    public static List<Guid> RowIds(string html, string rowTestId) =>
        Regex.Matches(html, $"data-testid=\"{rowTestId}\" data-id=\"([0-9a-f-]+)\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    /// <summary>The message under a field of the city's form.</summary>
    public static string FieldError(string html, string field) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-valmsg-for=\"Input.{Regex.Escape(field)}\"[^>]*>([^<]*)<").Groups[1].Value);

    /// <summary>A Word document of the smallest kind: the content-types part and the main document part.</summary>
    public static byte[] Docx(string text = "示范合同") => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The files of one category in this host's store (under its data folder).</summary>
    public static List<string> StoredFiles(this PlatformFactory factory, string category)
    {
        var root = Path.Combine(factory.Services.GetRequiredService<IConfiguration>()["Database:DataFolder"]!, "files", category);
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToList() : [];
    }
}
