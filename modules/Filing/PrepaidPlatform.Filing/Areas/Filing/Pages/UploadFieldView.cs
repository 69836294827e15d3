using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>One upload field of 备案信息: what it takes, what is on file, and this post's refusal (with its error report).</summary>
internal sealed record UploadFieldView(AttachmentKind Kind, string Label, bool Required, string Accept, string Hint, bool HasTemplate,
    FilingAttachment? Current, string? Error, UploadRefusal? Refusal)
{
    public string FieldName => "UploadFiles." + Kind;

    public string Id => "UploadFiles_" + Kind;

    /// <summary>The link's words as the manual has them: 下载《承诺书》模版 and 下载模版 (证明文件) beside the Excel 下载模板.</summary>
    public string TemplateLabel => Kind switch
    {
        AttachmentKind.CommitmentLetter => "下载《承诺书》模版",
        AttachmentKind.CustodyProof => "下载模版",
        _ => "下载模板",
    };

    /// <summary>A fill-in template (承诺书, 存管账户证明) comes as PDF to print and as Word to fill in on a computer.</summary>
    public bool HasWordTemplate => FilingTemplates.Has(Kind);

    /// <summary>Where the hint points, when it names something to read first (预付卡合同 → 合同模板).</summary>
    public string? HintHref { get; init; }

    /// <summary>The per-row error report as a data URL: it holds names and phones, so it is never stored, only handed back.</summary>
    public string? ErrorReportHref => Refusal?.ErrorReport is { } report
        ? "data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64," + Convert.ToBase64String(report)
        : null;
}
