namespace PrepaidPlatform.Filing.Domain;

/// <summary>What a model contract file is, by its content.</summary>
internal enum ContractTemplateFormat
{
    Pdf = 1,  // for reading and printing
    Docx = 2, // for filling in: operators adapt the model to their own business before signing
}

internal enum ContractTemplateStatus
{
    Published = 1, // 已发布: operators see and download it
    Withdrawn = 2, // 已撤回: kept for the record, hidden from operators
}

/// <summary>
/// 合同模板: a model contract (示范合同) the city publishes for operators to base their 预付卡合同 on (备案信息 ·
/// 6. 发卡信息: “参考《示范合同》模版 填写盖章后上传PDF格式”). City-wide, so not tenant-scoped; the file lives in the
/// platform's file store under <see cref="StoreKey"/>, <see cref="FileName"/> is the city's name for display only.
/// A withdrawn template stays (and can be published again): operators may have signed contracts based on it.
/// </summary>
internal sealed class ContractTemplate
{
    public const int TitleMaxLength = 100;

    private ContractTemplate()
    {
        Title = StoreKey = FileName = Sha256 = string.Empty;
    }

    public ContractTemplate(Guid id, string title, string? industryCode, string storeKey, string fileName, ContractTemplateFormat format,
        long length, string sha256, DateTime nowUtc)
        : this()
    {
        Id = id;
        Title = title;
        IndustryCode = industryCode;
        StoreKey = storeKey;
        FileName = fileName;
        Format = format;
        Length = length;
        Sha256 = sha256;
        CreatedAtUtc = nowUtc;
        Status = ContractTemplateStatus.Published;
        PublishedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>标题, e.g. 北京市预付卡示范合同（健身行业）.</summary>
    public string Title { get; private set; }

    /// <summary>适用行业: a GB/T 4754 division (2 digits) or class (4 digits); null for 通用 (every industry).</summary>
    public string? IndustryCode { get; private set; }

    public string StoreKey { get; private set; }

    public string FileName { get; private set; }

    public ContractTemplateFormat Format { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public ContractTemplateStatus Status { get; private set; }

    /// <summary>发布日期: the latest publication (a template published again shows its new date).</summary>
    public DateTime PublishedAtUtc { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    public bool IsPublished => Status == ContractTemplateStatus.Published;

    public string ContentType => Format == ContractTemplateFormat.Pdf
        ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The extension offered on download, from the checked content (never the name the city's file had).</summary>
    public string Extension => Format == ContractTemplateFormat.Pdf ? ".pdf" : ".docx";

    /// <summary>撤回; false when it was not published.</summary>
    public bool Withdraw(DateTime nowUtc)
    {
        if (!IsPublished)
        {
            return false;
        }

        Status = ContractTemplateStatus.Withdrawn;
        WithdrawnAtUtc = nowUtc;
        return true;
    }

    /// <summary>重新发布 a withdrawn template; false when it is published already.</summary>
    public bool Republish(DateTime nowUtc)
    {
        if (IsPublished)
        {
            return false;
        }

        Status = ContractTemplateStatus.Published;
        PublishedAtUtc = nowUtc;
        WithdrawnAtUtc = null;
        return true;
    }
}
