using PrepaidPlatform.Platform.Identifiers;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>One 分公司 of an accepted file, with the dictionary codes of its district and street.</summary>
internal sealed record BranchRow(
    int RowNumber, string Name, string CreditCode, string Head, string DistrictCode, string DistrictName, string StreetCode, string StreetName, string Address, string Phone);

/// <summary>
/// 分公司信息 (6. 发卡信息, required when the category is 合并分公司备案; 备案准备 4.⑥: 有分公司的，需提供各分公司经营场所
/// 信息。服务系统提供模板下载). Columns, and why: 新用户必读 二(一)3 — 分公司由总公司指定 … 分公司及兑付场所信息应在《商务
/// 行业预付卡经营者备案表》中列出。总公司和分公司所在区负责相应的预付卡业务管理 — so each branch is identified as a legal
/// branch (分公司名称 and its own 统一社会信用代码, checked per GB 32100), has a 负责人 (the manual's word for a branch's
/// head: 承诺书 “由法定代表人（分支机构由负责人）签字”), and its 经营场所 is located by 所在区 and 所在街道（乡镇） from
/// the application's dictionaries (the district that supervises it) plus the 详细地址, with a 联系电话. 序号 as in
/// <see cref="RedemptionSiteSheet"/>.
/// </summary>
internal static class BranchSheet
{
    public const int Number = 0;
    public const int Name = 1;
    public const int CreditCode = 2;
    public const int Head = 3;
    public const int District = 4;
    public const int Street = 5;
    public const int Address = 6;
    public const int Phone = 7;

    /// <summary>A valid code for the example (its check character computed, not typed).</summary>
    private static readonly string ExampleCreditCode = "91110105MA01BR4Q5" + UnifiedSocialCreditCode.CheckCharacter("91110105MA01BR4Q5");

    public static readonly ExcelSheetSpec Spec = new(
        "分公司信息",
        [
            new ExcelColumn("序号", false, "可不填，仅供核对行数。", "1", Width: 8) { Informational = true },
            new ExcelColumn("分公司名称", true, "与分公司营业执照上的名称一致，最多100个字。", "演示健身有限公司望京分公司", MaxLength: 100, Width: 32),
            new ExcelColumn("统一社会信用代码", true, "分公司营业执照上的18位统一社会信用代码（不是总公司的）；请以文本格式填写。", ExampleCreditCode, Width: 22),
            new ExcelColumn("负责人", true, "分公司负责人姓名，最多50个字。", "张三", MaxLength: 50, Width: 12),
            new ExcelColumn("所在区", true, "分公司经营场所所在的区，从“字典”工作表中选择。", "朝阳区", Width: 16),
            new ExcelColumn("所在街道（乡镇）", true, "从“字典”工作表中选择该区的街道（乡镇）。", "望京街道", Width: 20),
            new ExcelColumn("详细地址", true, "分公司经营场所的路名、门牌号及楼层房间，最多200个字。", "望京街10号1层101", MaxLength: 200, Width: 40),
            new ExcelColumn("联系电话", true, "11位手机号码，或带区号的固定电话（如010-12345678）；请以文本格式填写。", "13800138000", Width: 18),
        ],
        [
            .. UploadTemplateNotes.Common("分公司信息"),
            "分公司由总公司指定，分公司提供的商品或服务应该与总公司一致；每个分公司只填写一行，不要填写总公司本身。",
        ]);

    public static byte[] Template(AddressDictionary addresses) => ExcelTemplateWriter.Write(Spec, addresses);

    public static byte[] ErrorReport(IReadOnlyList<ExcelUploadError> errors) => ExcelErrorReport.Write(Spec, errors);

    /// <param name="headOfficeCreditCode">The operator's own code, which no branch may carry; null when not known.</param>
    public static async Task<ExcelUploadResult<BranchRow>> ParseAsync(
        Stream content, AddressDictionary addresses, string? headOfficeCreditCode, CancellationToken cancellationToken = default)
    {
        var sheet = await ExcelWorkbookReader.ReadAsync(Spec, content, cancellationToken);
        if (sheet.Error is { } error)
        {
            return ExcelUploadResult<BranchRow>.Refused([new ExcelUploadError(null, null, error)]);
        }

        var errors = new List<ExcelUploadError>();
        var rows = new List<BranchRow>();
        var names = new Dictionary<string, int>();
        var codes = new Dictionary<string, int>();
        foreach (var row in sheet.Rows)
        {
            var check = new ExcelRowCheck(Spec, row, errors);
            var name = check.Text(Name);
            if (name is not null)
            {
                check.Unique(names, name, Name, earlier => $"与第{earlier}行的分公司名称相同：每个分公司只填写一行。");
            }

            var code = check.CreditCode(CreditCode);
            if (code is not null && code == headOfficeCreditCode)
            {
                check.Fail(CreditCode, "这是总公司（本经营者）的统一社会信用代码：分公司信息中只填写分公司，不要填写总公司本身。");
            }
            else if (code is not null)
            {
                check.Unique(codes, code, CreditCode, earlier => $"与第{earlier}行的统一社会信用代码相同：每个分公司只填写一行。");
            }

            var head = check.Text(Head);
            var district = check.District(District, addresses);
            var street = check.Street(Street, district, addresses);
            var address = check.Text(Address);
            var phone = check.Phone(Phone);
            if (!check.Failed)
            {
                rows.Add(new BranchRow(row.Number, name!, code!, head!, district!.Code, district.Name, street!.Code, street.Name, address!, phone!));
            }
        }

        return errors.Count == 0
            ? ExcelUploadResult<BranchRow>.Accepted(rows)
            : ExcelUploadResult<BranchRow>.Refused(ExcelRowCheck.InOrder(Spec, errors));
    }
}
