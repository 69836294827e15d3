using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>检查结果 of one drawn operator.</summary>
internal enum InspectionResult
{
    /// <summary>待检查.</summary>
    Pending = 0,

    /// <summary>未发现问题.</summary>
    NoProblem = 1,

    /// <summary>发现问题.</summary>
    ProblemFound = 2,

    /// <summary>经营场所未找到（停业、关闭或迁移）.</summary>
    NotFound = 3,
}

internal static class InspectionResults
{
    public static string Name(InspectionResult result) => result switch
    {
        InspectionResult.NoProblem => "未发现问题",
        InspectionResult.ProblemFound => "发现问题",
        InspectionResult.NotFound => "经营场所未找到",
        _ => "待检查",
    };
}

/// <summary>
/// 双随机、一公开 (issue 17 · 5): one draw of a district — N operators from its 重点抽查目录, a share of the others, and two
/// inspectors from its staff — with the seed and the candidate lists it was drawn from, so that a 复核 replays it and gets
/// the same operators and inspectors. Published once every result is recorded.
/// </summary>
internal sealed class InspectionDraw : IMultiTenant
{
    public const int TitleMaxLength = 100;

    private InspectionDraw()
    {
        Title = KeyCandidates = OtherCandidates = StaffCandidates = InspectorNames = string.Empty;
    }

    public InspectionDraw(Guid id, Guid tenantId, string title, long seed, int keyCount, int otherPercent, string keyCandidates, string otherCandidates,
        string staffCandidates, Guid firstInspector, Guid secondInspector, string inspectorNames, Guid drawnBy, DateTime nowUtc)
        : this()
    {
        (Id, TenantId, Title, Seed, KeyCount, OtherPercent) = (id, tenantId, title, seed, keyCount, otherPercent);
        (KeyCandidates, OtherCandidates, StaffCandidates) = (keyCandidates, otherCandidates, staffCandidates);
        (FirstInspector, SecondInspector, InspectorNames, DrawnBy, DrawnAtUtc) = (firstInspector, secondInspector, inspectorNames, drawnBy, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <summary>抽查任务名称.</summary>
    public string Title { get; private set; }

    /// <summary>随机种子: with the candidate lists, the draw again.</summary>
    public long Seed { get; private set; }

    /// <summary>N: operators drawn from the 重点抽查目录 (all of them when it holds fewer).</summary>
    public int KeyCount { get; private set; }

    /// <summary>The share of the other operators drawn, in percent, rounded up to whole operators.</summary>
    public int OtherPercent { get; private set; }

    /// <summary>The candidates as drawn from, one id per line in the draw's order: the key list, the others, the staff.</summary>
    public string KeyCandidates { get; private set; }

    public string OtherCandidates { get; private set; }

    public string StaffCandidates { get; private set; }

    public Guid FirstInspector { get; private set; }

    public Guid SecondInspector { get; private set; }

    /// <summary>The two inspectors' names as shown at the draw, "、"-joined.</summary>
    public string InspectorNames { get; private set; }

    public Guid DrawnBy { get; private set; }

    public DateTime DrawnAtUtc { get; private set; }

    /// <summary>一公开: when the results were published; null until then.</summary>
    public DateTime? PublishedAtUtc { get; private set; }

    public bool IsInspector(Guid userId) => userId == FirstInspector || userId == SecondInspector;

    public void Publish(DateTime nowUtc) => PublishedAtUtc ??= nowUtc;
}

/// <summary>One operator of a draw and what the inspectors found.</summary>
internal sealed class InspectionItem : IMultiTenant
{
    public const int NoteMaxLength = 500;

    private InspectionItem()
    {
        Uscc = OperatorName = string.Empty;
    }

    public InspectionItem(Guid id, Guid tenantId, Guid drawId, Guid operatorUserId, string uscc, string operatorName, bool fromKeyList)
        : this()
    {
        (Id, TenantId, DrawId, OperatorUserId, Uscc, OperatorName, FromKeyList) = (id, tenantId, drawId, operatorUserId, uscc, operatorName, fromKeyList);
    }

    public Guid Id { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid DrawId { get; private set; }

    public Guid OperatorUserId { get; private set; }

    public string Uscc { get; private set; }

    public string OperatorName { get; private set; }

    /// <summary>Drawn from the 重点抽查目录 (else from the other operators).</summary>
    public bool FromKeyList { get; private set; }

    public InspectionResult Result { get; private set; }

    /// <summary>检查情况.</summary>
    public string? Note { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public DateTime? RecordedAtUtc { get; private set; }

    public void Record(InspectionResult result, string? note, Guid by, DateTime nowUtc) =>
        (Result, Note, RecordedBy, RecordedAtUtc) = (result, note, by, nowUtc);
}
