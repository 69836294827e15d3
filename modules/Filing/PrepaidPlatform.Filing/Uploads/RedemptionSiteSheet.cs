namespace PrepaidPlatform.Filing.Uploads;

/// <summary>One 兑付场所 of an accepted file, with the dictionary codes of its district and street.</summary>
internal sealed record RedemptionSiteRow(
    int RowNumber, string Name, string DistrictCode, string DistrictName, string StreetCode, string StreetName, string Address, string Phone);

/// <summary>
/// 兑付场所信息 (6. 发卡信息; 备案准备 4.④: 经营者有多个经营场所的，需提交所有预付卡可兑付场所的信息。服务系统提供模板下载).
/// Columns, and why: the manual names no column, so the template asks for what a consumer and the district bureau need
/// of a place where cards are redeemed — its name; 所在区 and 所在街道（乡镇） from the same dictionaries as the
/// application's 所在区域 (总公司和分公司所在区负责相应的预付卡业务管理: the district decides who supervises the place);
/// the 详细地址; a 联系电话 for consumers and the bureau. 序号 is the usual first column of the bureau's 备案表 and is
/// not checked. No 营业时间 or other optional columns: the manual asks for none, and each optional column is one more
/// thing to mistype with nothing to check it against.
/// </summary>
internal static class RedemptionSiteSheet
{
    public const int Number = 0;
    public const int Name = 1;
    public const int District = 2;
    public const int Street = 3;
    public const int Address = 4;
    public const int Phone = 5;

    public static readonly ExcelSheetSpec Spec = new(
        "兑付场所信息",
        [
            new ExcelColumn("序号", false, "可不填，仅供核对行数。", "1", Width: 8) { Informational = true },
            new ExcelColumn("场所名称", true, "可兑付预付卡的门店或场所名称，最多100个字。", "演示健身（望京店）", MaxLength: 100, Width: 28),
            new ExcelColumn("所在区", true, "从“字典”工作表中选择北京市的区。", "朝阳区", Width: 16),
            new ExcelColumn("所在街道（乡镇）", true, "从“字典”工作表中选择该区的街道（乡镇）。", "望京街道", Width: 20),
            new ExcelColumn("详细地址", true, "路名、门牌号及楼层房间，最多200个字。", "望京街10号1层101", MaxLength: 200, Width: 40),
            new ExcelColumn("联系电话", true, "11位手机号码，或带区号的固定电话（如010-12345678）；请以文本格式填写。", "010-64001234", Width: 18),
        ],
        [
            .. UploadTemplateNotes.Common("兑付场所信息"),
            "经营者有多个经营场所的，需填写所有预付卡可兑付场所的信息；同一场所（所在区、所在街道（乡镇）和详细地址都相同）只填写一行。",
        ]);

    public static byte[] Template(AddressDictionary addresses) => ExcelTemplateWriter.Write(Spec, addresses);

    public static byte[] ErrorReport(IReadOnlyList<ExcelUploadError> errors) => ExcelErrorReport.Write(Spec, errors);

    public static async Task<ExcelUploadResult<RedemptionSiteRow>> ParseAsync(Stream content, AddressDictionary addresses, CancellationToken cancellationToken = default)
    {
        var sheet = await ExcelWorkbookReader.ReadAsync(Spec, content, cancellationToken);
        if (sheet.Error is { } error)
        {
            return ExcelUploadResult<RedemptionSiteRow>.Refused([new ExcelUploadError(null, null, error)]);
        }

        var errors = new List<ExcelUploadError>();
        var rows = new List<RedemptionSiteRow>();
        var places = new Dictionary<string, int>();
        foreach (var row in sheet.Rows)
        {
            var check = new ExcelRowCheck(Spec, row, errors);
            var name = check.Text(Name);
            var district = check.District(District, addresses);
            var street = check.Street(Street, district, addresses);
            var address = check.Text(Address);
            var phone = check.Phone(Phone);
            if (street is not null && address is not null)
            {
                check.Unique(places, $"{street.Code}|{address}", Address, earlier => $"与第{earlier}行重复：所在区、所在街道（乡镇）和详细地址都相同，同一场所只填写一行。");
            }

            if (!check.Failed)
            {
                rows.Add(new RedemptionSiteRow(row.Number, name!, district!.Code, district.Name, street!.Code, street.Name, address!, phone!));
            }
        }

        return errors.Count == 0
            ? ExcelUploadResult<RedemptionSiteRow>.Accepted(rows)
            : ExcelUploadResult<RedemptionSiteRow>.Refused(ExcelRowCheck.InOrder(Spec, errors));
    }
}
