using PrepaidPlatform.Filing.Uploads;
using PrepaidPlatform.Platform.Identifiers;
using static PrepaidPlatform.Filing.Tests.Uploads.Workbooks;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>分公司信息 upload: each branch with its own credit code (GB 32100), its 负责人 and its place of business.</summary>
public sealed class BranchUploadTests
{
    private static readonly string HeadOffice = "91110105MA01AB2C3" + UnifiedSocialCreditCode.CheckCharacter("91110105MA01AB2C3");

    private static readonly string BranchCode = "91110105MA01BR4Q5" + UnifiedSocialCreditCode.CheckCharacter("91110105MA01BR4Q5");
    private static readonly string OtherBranchCode = "91110108MA01BR4Q6" + UnifiedSocialCreditCode.CheckCharacter("91110108MA01BR4Q6");

    private static object?[] Branch(string name, object code, string head = "张三", string district = "朝阳区", string street = "望京街道", string phone = "13800138000") =>
        ["", name, code, head, district, street, "望京街10号", phone];

    private static Task<ExcelUploadResult<BranchRow>> Parse(Stream file) => BranchSheet.ParseAsync(file, Beijing, HeadOffice);

    private static async Task<List<(int? Row, string? Column, string Message)>> RowErrors(Stream file)
    {
        var result = await Parse(file);
        result.Succeeded.ShouldBeFalse();
        result.Rows.ShouldBeEmpty();
        return result.Errors.Select(e => (e.Row, e.Column, e.Message)).ToList();
    }

    [Fact]
    public async Task A_filled_in_template_gives_each_branch_with_its_code_head_and_address()
    {
        var result = await Parse(Branches(
            Branch("演示健身有限公司望京分公司", BranchCode),
            Branch("演示健身有限公司中关村分公司", OtherBranchCode.ToLowerInvariant(), "李四", "海淀区", "中关村街道", "010-62501234")));

        result.Errors.ShouldBeEmpty();
        result.Rows.Count.ShouldBe(2);
        result.Rows[0].ShouldBe(new BranchRow(2, "演示健身有限公司望京分公司", BranchCode, "张三", "110105", "朝阳区",
            Dictionaries.StreetDictionary.Of("110105").Single(s => s.Name == "望京街道").Code, "望京街道", "望京街10号", "13800138000"));
        result.Rows[1].CreditCode.ShouldBe(OtherBranchCode); // typed in lower case, stored in upper case
        result.Rows[1].DistrictName.ShouldBe("海淀区");
    }

    [Fact]
    public async Task A_mistyped_credit_code_is_refused_with_the_platform_validators_message()
    {
        (await RowErrors(Branches(
                Branch("望京分公司", "91110000101623741L"),
                Branch("国贸分公司", "9111000010162374K"),
                Branch("中关村分公司", "91110000I01623741K"))))
            .ShouldBe([
                (2, "统一社会信用代码", "统一社会信用代码校验位不正确，请核对后重新输入。"),
                (3, "统一社会信用代码", "统一社会信用代码应为18位。"),
                (4, "统一社会信用代码", "统一社会信用代码只能由数字和大写字母组成（不含 I、O、Z、S、V）。"),
            ]);
    }

    [Fact]
    public async Task A_credit_code_excel_stored_as_a_number_is_refused_with_how_to_fix_it()
    {
        (await RowErrors(Branches(Branch("望京分公司", 911101066976941872d))))
            .ShouldBe([(2, "统一社会信用代码", "统一社会信用代码被Excel存成了数字，末尾几位可能已丢失：请把该列设为“文本”格式后重新填写。")]);
    }

    [Fact]
    public async Task The_same_branch_twice_is_refused_by_code_and_by_name()
    {
        (await RowErrors(Branches(
                Branch("演示健身有限公司望京分公司", BranchCode),
                Branch("演示健身有限公司望京二分公司", BranchCode),
                Branch("演示健身有限公司 望京分公司", OtherBranchCode))))
            .ShouldBe([
                (3, "统一社会信用代码", "与第2行的统一社会信用代码相同：每个分公司只填写一行。"),
                (4, "分公司名称", "与第2行的分公司名称相同：每个分公司只填写一行。"),
            ]);
    }

    [Fact]
    public async Task The_head_office_itself_is_not_a_branch()
    {
        (await RowErrors(Branches(Branch("演示健身有限公司", HeadOffice))))
            .ShouldBe([(2, "统一社会信用代码", "这是总公司（本经营者）的统一社会信用代码：分公司信息中只填写分公司，不要填写总公司本身。")]);
    }

    [Fact]
    public async Task Head_district_street_and_phone_are_checked_as_for_sites()
    {
        (await RowErrors(Branches(Branch("望京分公司", BranchCode, head: "", district: "朝阳区", street: "中关村街道", phone: "6400123"))))
            .ShouldBe([
                (2, "负责人", "请填写负责人。"),
                (2, "所在街道（乡镇）", "所在街道（乡镇）“中关村街道”属于海淀区，不属于朝阳区：请填写“字典”工作表中朝阳区的街道（乡镇）。"),
                (2, "联系电话", "联系电话格式不正确：请填写11位手机号码，或带区号的固定电话（如010-12345678）。"),
            ]);
    }

    [Fact]
    public async Task A_branch_file_without_the_credit_code_column_is_refused()
    {
        var result = await Parse(Xlsx([
            ["序号", "分公司名称", "负责人", "所在区", "所在街道（乡镇）", "详细地址", "联系电话"],
            ["1", "望京分公司", "张三", "朝阳区", "望京街道", "望京街10号", "13800138000"],
        ], "分公司信息"));

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "分公司信息文件的表头与模板不一致：缺少列“统一社会信用代码”。请使用下载的模板填写，不要删除、添加、修改列名或调整列的顺序。");
    }

    [Fact]
    public async Task A_redemption_site_file_uploaded_as_branches_is_refused_by_its_columns()
    {
        var result = await Parse(Sites(WangjingSite));
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "分公司信息文件的表头与模板不一致：缺少列“分公司名称”、“统一社会信用代码”、“负责人”；多出列“场所名称”。请使用下载的模板填写，不要删除、添加、修改列名或调整列的顺序。");
    }
}
