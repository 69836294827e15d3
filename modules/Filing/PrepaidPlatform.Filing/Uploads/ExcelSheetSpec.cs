namespace PrepaidPlatform.Filing.Uploads;

/// <summary>One column of an upload template: its header (the manual's wording), whether it must be filled, the rule
/// shown in the 填写说明 sheet, the example value, the longest text accepted and the column width.</summary>
internal sealed record ExcelColumn(string Header, bool Required, string Rule, string Example, int MaxLength = 100, double Width = 18)
{
    /// <summary>A column only for the user's own counting (序号): never required, never checked, and a row with
    /// nothing else filled in counts as empty.</summary>
    public bool Informational { get; init; }
}

/// <summary>
/// An upload template (提示(3): 请务必使用并按模板格式要求填写内容): the data sheet's name, its columns and the notes of
/// its 填写说明 sheet.
/// </summary>
internal sealed record ExcelSheetSpec(string Title, IReadOnlyList<ExcelColumn> Columns, IReadOnlyList<string> Notes)
{
    public IReadOnlyList<string> Headers { get; } = Columns.Select(c => c.Header).ToList();

    public string TemplateFileName => $"{Title}模板.xlsx";

    public string ErrorReportFileName => $"{Title}错误报告.xlsx";

    public int IndexOf(string header)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Header == header)
            {
                return i;
            }
        }

        throw new ArgumentException($"模板“{Title}”没有列“{header}”。", nameof(header));
    }
}
