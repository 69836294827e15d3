using PrepaidPlatform.Platform.Uploads;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>The documents of the filing application (备案信息 · 6. 发卡信息, 7. 专用存管账户, 8. 其他信息).</summary>
internal enum MaterialKind
{
    /// <summary>预付卡合同: “参考《示范合同》模版 填写盖章后上传PDF格式”.</summary>
    Contract = 1,

    /// <summary>存管账户证明文件: “请上传PDF格式银行证明文件”.</summary>
    CustodyProof = 2,

    /// <summary>承诺书: “签字并加盖公章，上传PDF格式”.</summary>
    CommitmentLetter = 3,

    /// <summary>其它材料: “上传图片或文档，大小不超过2Mb”: pictures, PDF, and Word or Excel documents.</summary>
    OtherMaterial = 4,
}

/// <summary>What a kind of material accepts, its Chinese name for messages and the file store category it is kept in.</summary>
/// <param name="OfficeDocuments">Also Word (.docx) and Excel (.xlsx) documents, checked as packages (<see cref="WorkbookPackage.CheckOffice"/>).</param>
internal sealed record MaterialRule(MaterialKind Kind, string Name, long MaxBytes, IReadOnlyList<FileFormat> Formats, string StoreCategory, bool OfficeDocuments = false)
{
    /// <summary>“PDF”, or “PDF、JPG或PNG”, or “PDF、JPG、PNG、Word（.docx）或Excel（.xlsx）”.</summary>
    public string FormatNames
    {
        get
        {
            var names = Formats.Select(FormatName).Concat(OfficeDocuments ? ["Word（.docx）", "Excel（.xlsx）"] : []).ToList();
            return names.Count == 1 ? names[0] : string.Join("、", names.Take(names.Count - 1)) + "或" + names[^1];
        }
    }

    /// <summary>How many kinds of file the rule takes: one is named in the refusal, several are "any of them".</summary>
    public bool TakesOneFormat => Formats.Count == 1 && !OfficeDocuments;

    internal static string FormatName(FileFormat format) => format switch
    {
        FileFormat.Pdf => "PDF",
        FileFormat.Jpeg => "JPG",
        FileFormat.Png => "PNG",
        _ => format.ToString(),
    };
}

/// <summary>An accepted material: the checked bytes (save <see cref="Upload"/> to the file store) and what they are.</summary>
/// <param name="Document">For a <see cref="FileFormat.Zip"/>: the Office document it was found to be.</param>
internal sealed record AcceptedMaterial(MaterialRule Rule, BufferedUpload Upload, FileFormat Format, OfficeDocument Document = OfficeDocument.None)
{
    public string ContentType => (Format, Document) switch
    {
        (FileFormat.Pdf, _) => "application/pdf",
        (FileFormat.Jpeg, _) => "image/jpeg",
        (FileFormat.Png, _) => "image/png",
        (_, OfficeDocument.Word) => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The extension to offer on download, from the content (never the name the user gave).</summary>
    public string Extension => (Format, Document) switch
    {
        (FileFormat.Pdf, _) => ".pdf",
        (FileFormat.Jpeg, _) => ".jpg",
        (FileFormat.Png, _) => ".png",
        (_, OfficeDocument.Word) => ".docx",
        _ => ".xlsx",
    };
}

/// <summary>Either the accepted material or the Chinese reason it was refused (名称、原因、限制).</summary>
internal sealed record MaterialCheckResult(AcceptedMaterial? Accepted, string? Error)
{
    public bool Succeeded => Accepted is not null;
}

/// <summary>
/// The content checks of the uploaded documents. They run on a buffered copy (<see cref="BufferedUpload"/>), before
/// anything reaches the file store, so nothing of a refused file is kept (SPEC F3). The content decides, not the
/// file name: a Word file renamed .pdf is refused.
/// </summary>
internal static class MaterialChecks
{
    private static readonly IReadOnlyDictionary<MaterialKind, MaterialRule> Rules = new Dictionary<MaterialKind, MaterialRule>
    {
        [MaterialKind.Contract] = new(MaterialKind.Contract, "预付卡合同", UploadLimits.PdfMaxBytes, [FileFormat.Pdf], "filing-contract"),
        [MaterialKind.CustodyProof] = new(MaterialKind.CustodyProof, "存管账户证明文件", UploadLimits.PdfMaxBytes, [FileFormat.Pdf], "filing-custody-proof"),
        [MaterialKind.CommitmentLetter] = new(MaterialKind.CommitmentLetter, "承诺书", UploadLimits.PdfMaxBytes, [FileFormat.Pdf], "filing-commitment"),
        [MaterialKind.OtherMaterial] = new(MaterialKind.OtherMaterial, "其它材料", UploadLimits.OtherMaterialMaxBytes, [FileFormat.Pdf, FileFormat.Jpeg, FileFormat.Png], "filing-other",
            OfficeDocuments: true),
    };

    public static MaterialRule RuleFor(MaterialKind kind) => Rules[kind];

    /// <summary>Buffers <paramref name="content"/> (up to the kind's limit) and checks it.</summary>
    public static async Task<MaterialCheckResult> CheckAsync(MaterialKind kind, Stream content, CancellationToken cancellationToken = default)
    {
        var rule = RuleFor(kind);
        var upload = await BufferedUpload.ReadAsync(content, rule.MaxBytes, cancellationToken);
        return Check(rule, upload);
    }

    public static MaterialCheckResult Check(MaterialRule rule, BufferedUpload upload)
    {
        if (upload.TooLarge)
        {
            return Refused($"{rule.Name}超过{UploadLimits.Describe(rule.MaxBytes)}的大小限制，请压缩后重新上传。");
        }

        if (upload.Length == 0)
        {
            return Refused($"{rule.Name}为空（0字节），请重新选择文件。");
        }

        var format = FileSignature.Detect(upload.Content);
        if (rule.OfficeDocuments && format is FileFormat.Zip or FileFormat.Ole)
        {
            return CheckOffice(rule, upload);
        }

        if (!rule.Formats.Contains(format))
        {
            return Refused(rule.TakesOneFormat
                ? $"{rule.Name}须为{rule.FormatNames}格式：所选文件的内容不是{rule.FormatNames}（只改文件扩展名无效），请上传{rule.FormatNames}文件。"
                : $"{rule.Name}须为{rule.FormatNames}格式：所选文件的内容不是其中任何一种（只改文件扩展名无效）。");
        }

        if (format == FileFormat.Pdf && PdfProblem(upload.Content) is { } problem)
        {
            return Refused($"{rule.Name}{problem}");
        }

        return new MaterialCheckResult(new AcceptedMaterial(rule, upload, format), null);
    }

    /// <summary>
    /// A Word or Excel document, by its parts, with the kernel's package check (every part inflated against the cap, no
    /// macros, no links to other workbooks). Old OLE files (.doc/.xls) are refused like the kernel refuses them for lists:
    /// their macros cannot be told apart without parsing the compound file, and a password-protected .docx/.xlsx is an
    /// OLE file too, which reviewers could not open anyway.
    /// </summary>
    private static MaterialCheckResult CheckOffice(MaterialRule rule, BufferedUpload upload) =>
        WorkbookPackage.CheckOffice(upload.Content, UploadLimits.ExcelMaxUnpackedBytes) switch
        {
            (WorkbookCheck.Workbook, var document) => new MaterialCheckResult(new AcceptedMaterial(rule, upload, FileFormat.Zip, document), null),
            (WorkbookCheck.LegacyOrEncrypted, _) =>
                Refused($"{rule.Name}是旧版Word/Excel（.doc/.xls）文件或设有打开密码：请另存为.docx/.xlsx或PDF格式、取消密码后重新上传。"),
            (WorkbookCheck.ExternalContent, _) => Refused($"{rule.Name}含有宏或外部链接，不能上传：请另存为不含宏的.docx/.xlsx文档后重新上传。"),
            (WorkbookCheck.TooLargeUnpacked, _) => Refused($"{rule.Name}解压后内容过大，不是正常的Word或Excel文档：请另存为PDF后重新上传。"),
            _ => Refused($"{rule.Name}不是有效的Word（.docx）或Excel（.xlsx）文档（只改文件扩展名无效）：请上传{rule.FormatNames}文件。"),
        };

    /// <summary>The kernel's PDF check (<see cref="PdfDocument"/>) as the message's tail after the material's name; null when valid.</summary>
    private static string? PdfProblem(ReadOnlySpan<byte> pdf) => PdfDocument.Check(pdf) switch
    {
        PdfCheck.Truncated => "不是完整的PDF文件（缺少文件结束标记%%EOF），可能上传中断或文件已损坏：请重新导出后上传。",
        // A header and an end marker around anything else: a file that only claims to be a PDF.
        PdfCheck.NoCrossReference => "不是有效的PDF文件（缺少交叉引用表），只是以PDF标记开头：请上传由扫描仪或办公软件导出的PDF。",
        PdfCheck.Encrypted => "已加密或设有打开密码，审核人员无法查看：请取消密码后重新上传。",
        _ => null,
    };

    private static MaterialCheckResult Refused(string message) => new(null, message);
}
