namespace PrepaidPlatform.Filing.Uploads;

/// <summary>
/// Why an uploaded Excel was refused. <see cref="Row"/> is the Excel row number the user sees (the header is row 1)
/// and <see cref="Column"/> the header of the cell; both are null for a problem of the whole file (not an xlsx,
/// columns changed, too large). <see cref="Values"/> are the row's cells as uploaded, in template column order.
/// </summary>
internal sealed record ExcelUploadError(int? Row, string? Column, string Message, IReadOnlyList<string>? Values = null)
{
    /// <summary>One line for a page: “第3行“所在区”：…”, or the message alone for the whole file.</summary>
    public string Describe() => Row is null ? Message : Column is null ? $"第{Row}行：{Message}" : $"第{Row}行“{Column}”：{Message}";
}

/// <summary>Either every row of the file, or why the file was refused (then no row is kept: SPEC F3, all or nothing).</summary>
internal sealed class ExcelUploadResult<TRow>
{
    private ExcelUploadResult(IReadOnlyList<TRow> rows, IReadOnlyList<ExcelUploadError> errors)
    {
        Rows = rows;
        Errors = errors;
    }

    public IReadOnlyList<TRow> Rows { get; }

    public IReadOnlyList<ExcelUploadError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static ExcelUploadResult<TRow> Accepted(IReadOnlyList<TRow> rows) => new(rows, []);

    public static ExcelUploadResult<TRow> Refused(IReadOnlyList<ExcelUploadError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("拒绝上传时须说明原因。", nameof(errors)) : new([], errors);
}
