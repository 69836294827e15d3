using Microsoft.Playwright;

namespace PrepaidPlatform.E2E.Tests.Pages;

/// <summary>Page object: 备案信息, every section filled as 演示企业2 (石景山区 · 苹果园街道) would.</summary>
internal sealed class FilingForm(IPage page)
{
    public ILocator Field(string name) => page.Locator("#Input_" + name);

    public async Task FillAllAsync()
    {
        await Field("ShopName").FillAsync("演示餐厅");
        await Field("IndustryCode").SelectOptionAsync("6210");
        await Field("DistrictCode").SelectOptionAsync("110107");
        await Field("StreetCode").SelectOptionAsync("110107005");
        await Field("Category").SelectOptionAsync("SingleEntity");
        await Field("LegalRepIdType").SelectOptionAsync("MainlandResidentId");
        await Field("LegalRepIdNumber").FillAsync("11010519491231002X");
        await Field("LegalRepPhone").FillAsync("13900000002");
        await Field("PremisesAddress").FillAsync("北京市石景山区苹果园街道演示路2号");
        await Field("PremisesOwnership").SelectOptionAsync("Rented");
        await Field("LeaseFrom").FillAsync("2024-01-01");
        await Field("LeaseTo").FillAsync("2034-12-31");
        await Field("ProductName").FillAsync("餐饮储值卡");
        await Field("CardsIssued").FillAsync("1200");
        await Field("PrepaidBalanceWan").FillAsync("60.5");
        await Field("CustodyBankCode").SelectOptionAsync("BOB");
        await Field("CustodyBranchName").FillAsync("北京银行石景山支行");
        await Field("CustodyAccountNumber").FillAsync("20000012345678901234");
        await Field("Remarks").FillAsync("无");
        await UploadRequiredFilesAsync();
    }

    /// <summary>
    /// Every district of 所在区域 offers its own 街道（乡镇） group and one of its streets can be chosen — the street list is
    /// one select grouped by district, so the group carrying the district's name is what an operator picks from.
    /// No submit: <see cref="FillAllAsync"/> chooses the real district and street afterwards.
    /// </summary>
    public async Task<IReadOnlyList<string>> ChooseAStreetInEveryDistrictAsync()
    {
        var districts = await Field("DistrictCode").Locator("option:not([value=''])").AllAsync();
        var chosen = new List<string>();
        foreach (var district in districts)
        {
            var name = (await district.InnerTextAsync()).Trim();
            await Field("DistrictCode").SelectOptionAsync(new SelectOptionValue { Label = name });
            var street = Field("StreetCode").Locator($"optgroup[label='{name}'] option").Last;
            var code = await street.GetAttributeAsync("value") ?? "";
            await Field("StreetCode").SelectOptionAsync(code);
            await Assertions.Expect(Field("StreetCode")).ToHaveValueAsync(code);
            code.ShouldStartWith(await district.GetAttributeAsync("value") ?? "-", customMessage: name);
            chosen.Add(code);
        }

        return chosen;
    }

    /// <summary>兑付场所信息 (filled in), 预付卡合同, 存管账户证明文件 and 承诺书, chosen as a user chooses files.</summary>
    public async Task UploadRequiredFilesAsync()
    {
        await page.Locator("#UploadFiles_RedemptionSites").SetInputFilesAsync(new FilePayload
        {
            Name = "兑付场所信息.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = SitesWorkbook(),
        });
        foreach (var field in new[] { "Contract", "CustodyProof", "CommitmentLetter" })
        {
            await page.Locator("#UploadFiles_" + field).SetInputFilesAsync(new FilePayload { Name = field + ".pdf", MimeType = "application/pdf", Buffer = Pdf(field) });
        }
    }

    private static byte[] SitesWorkbook()
    {
        var rows = new[]
        {
            new Dictionary<string, object>
            {
                ["序号"] = "1", ["场所名称"] = "演示餐厅（苹果园店）", ["所在区"] = "石景山区", ["所在街道（乡镇）"] = "苹果园街道",
                ["详细地址"] = "演示路2号", ["联系电话"] = "010-68801234",
            },
        };
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows, sheetName: "兑付场所信息");
        return stream.ToArray();
    }

    private static byte[] Pdf(string title) =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Title ({title}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n");

    /// <summary>The manual's “n/99” under a 99-character field, as the page's script keeps it while typing.</summary>
    public ILocator Counter(string name) => page.GetByTestId("counter-Input_" + name);

    public async Task SubmitAsync() => await page.GetByTestId("submit").ClickAsync();
}
