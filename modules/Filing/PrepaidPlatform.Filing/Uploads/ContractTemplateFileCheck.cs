using System.IO.Compression;
using System.Text;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Uploads;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>An accepted model contract file: the checked bytes (save <see cref="Upload"/> to the file store) and its format.</summary>
internal sealed record AcceptedTemplateFile(BufferedUpload Upload, ContractTemplateFormat Format);

/// <summary>Either the accepted file or the Chinese reason it was refused.</summary>
internal sealed record TemplateFileCheckResult(AcceptedTemplateFile? Accepted, string? Error);

/// <summary>
/// The content checks of a 合同模板 file, on a buffered copy before anything reaches the file store (a refused file
/// leaves nothing). The content decides, not the name: a PDF as <see cref="MaterialChecks"/> checks one (complete, not
/// encrypted), or a Word document (.docx): a zip holding <c>[Content_Types].xml</c> and <c>word/document.xml</c>.
/// </summary>
internal static class ContractTemplateFileCheck
{
    public const string Name = "合同模板文件";

    /// <summary>The platform's PDF limit (<see cref="UploadLimits.PdfMaxBytes"/>): a model contract is a few dozen pages at most.</summary>
    public const long MaxBytes = UploadLimits.PdfMaxBytes;

    /// <summary>Only the PDF checks of <see cref="MaterialChecks"/> are borrowed; the kind is not used by them.</summary>
    private static readonly MaterialRule PdfRule = new(MaterialKind.Contract, Name, MaxBytes, [FileFormat.Pdf], "contract-template");

    /// <summary>[Content_Types].xml of a real document is a few KB; one larger than this is not read.</summary>
    private const int ContentTypesMaxBytes = 256 * 1024;

    public static async Task<TemplateFileCheckResult> CheckAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var upload = await BufferedUpload.ReadAsync(content, MaxBytes, cancellationToken);
        if (upload.TooLarge)
        {
            return Refused($"{Name}超过{UploadLimits.Describe(MaxBytes)}的大小限制，请压缩后重新上传。");
        }

        if (upload.Length == 0)
        {
            return Refused($"{Name}为空（0字节），请重新选择文件。");
        }

        switch (FileSignature.Detect(upload.Content))
        {
            case FileFormat.Pdf:
                var pdf = MaterialChecks.Check(PdfRule, upload);
                return pdf.Succeeded ? Accepted(upload, ContractTemplateFormat.Pdf) : Refused(pdf.Error!);
            case FileFormat.Zip:
                return WordProblem(upload) is { } problem ? Refused(problem) : Accepted(upload, ContractTemplateFormat.Docx);
            case FileFormat.Ole:
                // Word 97–2003 and every password-protected Office file are OLE compound files.
                return Refused($"{Name}是旧版Word（.doc）文件或设有打开密码：请另存为.docx或PDF格式、取消密码后重新上传。");
            default:
                return Refused($"{Name}须为PDF或Word（.docx）格式：所选文件的内容不是其中任何一种（只改文件扩展名无效）。");
        }
    }

    /// <summary>
    /// Why a zip is not a Word document operators can open safely, or null. Only the zip's directory and the small
    /// content-types part are read, never the document itself, so a zip bomb costs nothing here.
    /// </summary>
    private static string? WordProblem(BufferedUpload upload)
    {
        const string notWord = Name + "不是有效的Word（.docx）文档（只改文件扩展名无效）：请上传PDF或.docx文件。";
        try
        {
            using var zip = new ZipArchive(upload.OpenRead(), ZipArchiveMode.Read);
            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null || zip.GetEntry("word/document.xml") is null)
            {
                return notWord;
            }

            // The declared size may lie: read at most the limit, whatever the entry claims.
            using var reader = new StreamReader(contentTypes.Open(), Encoding.UTF8);
            var buffer = new char[ContentTypesMaxBytes + 1];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            if (read > ContentTypesMaxBytes)
            {
                return notWord;
            }

            // A macro-enabled document (.docm) would hand every operator code to run: publish it as .docx instead.
            if (buffer.AsSpan(0, read).Contains("macroEnabled".AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return Name + "含有宏（.docm），不能发布：请另存为不含宏的.docx文档后重新上传。";
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return notWord;
        }
    }

    private static TemplateFileCheckResult Accepted(BufferedUpload upload, ContractTemplateFormat format) => new(new AcceptedTemplateFile(upload, format), null);

    private static TemplateFileCheckResult Refused(string message) => new(null, message);
}
