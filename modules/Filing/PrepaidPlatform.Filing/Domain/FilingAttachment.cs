using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Domain;

/// <summary>The uploads of 备案信息 (6. 发卡信息, 7. 专用存管账户, 8. 其他信息): one file of each kind per application.</summary>
internal enum AttachmentKind
{
    RedemptionSites = 1,  // 兑付场所信息 (Excel)
    Branches = 2,         // 分公司信息 (Excel, 合并分公司备案)
    Contract = 3,         // 预付卡合同 (PDF)
    CustodyProof = 4,     // 存管账户证明文件 (PDF)
    CommitmentLetter = 5, // 承诺书 (PDF)
    OtherMaterial = 6,    // 其它材料 (PDF/JPG/PNG ≤ 2 MB)
}

/// <summary>
/// An accepted upload of an application: the file lives in the platform's file store under <see cref="StoreKey"/>
/// (never in a web root, encrypted there); the Excel lists keep their checked rows here as encrypted JSON, so the district
/// can read them without opening the file. <see cref="FileName"/> is for display only, the stored name is the store's own key.
/// </summary>
internal sealed class FilingAttachment : IMultiTenant
{
    private FilingAttachment()
    {
        StoreKey = FileName = ContentType = Sha256 = string.Empty;
    }

    public FilingAttachment(Guid id, Guid? tenantId, Guid applicationId, AttachmentKind kind, string storeKey, string fileName, string contentType,
        long length, string sha256, int? rowCount, string? rowsJson, DateTime nowUtc)
        : this()
    {
        Id = id;
        TenantId = tenantId;
        ApplicationId = applicationId;
        Kind = kind;
        StoreKey = storeKey;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        RowCount = rowCount;
        RowsJson = rowsJson;
        UploadedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public AttachmentKind Kind { get; private set; }

    public string StoreKey { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>Rows of an Excel list (兑付场所 or 分公司); null for documents.</summary>
    public int? RowCount { get; private set; }

    /// <summary>
    /// The checked rows as JSON, encrypted with the personal-data key (<c>v1:</c>…; issue 15): sites' phones and branches'
    /// 负责人 and their phones would otherwise sit in clear in the table and in the audit of every change.
    /// </summary>
    public string? RowsJson { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }
}
