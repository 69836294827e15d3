namespace PrepaidPlatform.Filing.Uploads;

/// <summary>
/// Every size and count limit of the filing application's uploads, in one place. The manual states one limit
/// (8. 其他信息: 其它材料“大小不超过2Mb”); the others are this platform's choice and are said so.
/// </summary>
internal static class UploadLimits
{
    private const int MiB = 1024 * 1024;

    /// <summary>
    /// 兑付场所信息 / 分公司信息 Excel: 2 MB. The manual states none; 2 MB of xlsx holds tens of thousands of rows,
    /// far more than <see cref="ExcelMaxRows"/>, so a larger file is not a filled-in template.
    /// </summary>
    public const long ExcelMaxBytes = 2 * MiB;

    /// <summary>Data rows per Excel file. The manual states none; a chain with more sites than this is very rare in one filing.</summary>
    public const int ExcelMaxRows = 2000;

    /// <summary>Rows of a sheet read at all, empty ones included (Excel numbers a row far down, and the rows before it come as empty).</summary>
    public const int ExcelMaxSheetRows = 5 * ExcelMaxRows;

    /// <summary>
    /// The unpacked size of an xlsx (a zip): a 2 MB file that unpacks to more than this is a zip bomb, not a template.
    /// </summary>
    public const long ExcelMaxUnpackedBytes = 20 * MiB;

    /// <summary>Columns in the first row beyond which a sheet is not read any further (templates have 8).</summary>
    public const int ExcelMaxColumns = 100;

    /// <summary>
    /// 预付卡合同, 存管账户证明文件, 承诺书 (PDF): 10 MB. The manual asks for “PDF格式” and states no size; 10 MB holds a
    /// scanned, signed and sealed contract of a few dozen pages.
    /// </summary>
    public const long PdfMaxBytes = 10 * MiB;

    /// <summary>其它材料: “上传图片或文档，大小不超过2Mb” (8. 其他信息), read as 2 MB.</summary>
    public const long OtherMaterialMaxBytes = 2 * MiB;

    /// <summary>How a limit reads in a message: “2 MB”, “10 MB”.</summary>
    public static string Describe(long bytes) =>
        bytes % MiB == 0 ? $"{bytes / MiB} MB" : $"{bytes / 1024} KB";
}
