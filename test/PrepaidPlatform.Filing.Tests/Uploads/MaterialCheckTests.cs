using System.Text;
using PrepaidPlatform.Filing.Uploads;
using PrepaidPlatform.Platform.Uploads;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>
/// 预付卡合同 / 存管账户证明文件 / 承诺书 (“上传PDF格式”) and 其它材料 (“上传图片或文档，大小不超过2Mb”): the content
/// decides, and each refusal names the material, the reason and the limit.
/// </summary>
public sealed class MaterialCheckTests
{
    private static byte[] Pdf(string body = "1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n", int padTo = 0)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.7\n" + body);
        var tail = Encoding.ASCII.GetBytes("startxref\n9\n%%EOF\n");
        var padding = Math.Max(0, padTo - head.Length - tail.Length);
        return [.. head, .. Enumerable.Repeat((byte)' ', padding), .. tail];
    }

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0xFF, 0xD9];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8];

    private static Task<MaterialCheckResult> Check(MaterialKind kind, byte[] content) => MaterialChecks.CheckAsync(kind, new MemoryStream(content));

    private static async Task<string> Refusal(MaterialKind kind, byte[] content)
    {
        var result = await Check(kind, content);
        result.Succeeded.ShouldBeFalse();
        result.Accepted.ShouldBeNull(); // nothing of a refused file is handed on
        return result.Error.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(nameof(MaterialKind.Contract))]
    [InlineData(nameof(MaterialKind.CustodyProof))]
    [InlineData(nameof(MaterialKind.CommitmentLetter))]
    [InlineData(nameof(MaterialKind.OtherMaterial))]
    public async Task A_complete_pdf_is_accepted_and_handed_on_byte_for_byte(string kind)
    {
        var pdf = Pdf();
        var result = await Check(Enum.Parse<MaterialKind>(kind), pdf);

        result.Error.ShouldBeNull();
        var accepted = result.Accepted.ShouldNotBeNull();
        (accepted.Format, accepted.ContentType, accepted.Extension).ShouldBe((FileFormat.Pdf, "application/pdf", ".pdf"));
        using var copy = new MemoryStream();
        await accepted.Upload.OpenRead().CopyToAsync(copy);
        copy.ToArray().ShouldBe(pdf);
    }

    [Fact]
    public async Task A_word_file_or_text_renamed_pdf_is_refused_by_its_content()
    {
        (await Refusal(MaterialKind.Contract, Encoding.UTF8.GetBytes("预付卡合同正文")))
            .ShouldBe("预付卡合同须为PDF格式：所选文件的内容不是PDF（只改文件扩展名无效），请上传PDF文件。");
        (await Refusal(MaterialKind.CommitmentLetter, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))
            .ShouldBe("承诺书须为PDF格式：所选文件的内容不是PDF（只改文件扩展名无效），请上传PDF文件。");
    }

    [Fact]
    public async Task A_photo_is_not_accepted_where_the_manual_asks_for_pdf()
    {
        (await Refusal(MaterialKind.CustodyProof, Jpeg))
            .ShouldBe("存管账户证明文件须为PDF格式：所选文件的内容不是PDF（只改文件扩展名无效），请上传PDF文件。");
    }

    [Fact]
    public async Task Files_that_only_claim_to_be_pdf_are_refused()
    {
        // An HTML page with a PDF header inside it: a browser would render it as a page.
        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script>%PDF-1.7\nstartxref\n9\n%%EOF\n");
        (await Refusal(MaterialKind.Contract, html))
            .ShouldBe("预付卡合同须为PDF格式：所选文件的内容不是PDF（只改文件扩展名无效），请上传PDF文件。");

        // A header and an end marker around text: no cross-reference table, nothing a reader could open.
        (await Refusal(MaterialKind.Contract, "%PDF-1.7\n这不是PDF\n%%EOF\n"u8.ToArray()))
            .ShouldBe("预付卡合同不是有效的PDF文件（缺少交叉引用表），只是以PDF标记开头：请上传由扫描仪或办公软件导出的PDF。");
    }

    [Fact]
    public async Task A_pdf_cut_off_before_its_end_is_refused()
    {
        var pdf = Pdf();
        (await Refusal(MaterialKind.Contract, pdf[..^8]))
            .ShouldBe("预付卡合同不是完整的PDF文件（缺少文件结束标记%%EOF），可能上传中断或文件已损坏：请重新导出后上传。");
    }

    [Fact]
    public async Task A_pdf_with_a_password_is_refused()
    {
        (await Refusal(MaterialKind.CommitmentLetter, Pdf("trailer\n<< /Root 1 0 R /Encrypt 5 0 R /ID [<01><02>] >>\n")))
            .ShouldBe("承诺书已加密或设有打开密码，审核人员无法查看：请取消密码后重新上传。");
        (await Refusal(MaterialKind.CommitmentLetter, Pdf("<< /Type /XRef /Encrypt<< /Filter /Standard >> >>\n")))
            .ShouldBe("承诺书已加密或设有打开密码，审核人员无法查看：请取消密码后重新上传。");
    }

    [Fact]
    public async Task A_name_that_only_starts_like_encrypt_is_not_encryption()
    {
        (await Check(MaterialKind.CommitmentLetter, Pdf("<< /EncryptMetadata false >>\n"))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_pdf_of_exactly_ten_megabytes_is_accepted_and_one_byte_more_is_refused()
    {
        (await Check(MaterialKind.Contract, Pdf(padTo: 10 * 1024 * 1024))).Succeeded.ShouldBeTrue();
        (await Refusal(MaterialKind.Contract, Pdf(padTo: 10 * 1024 * 1024 + 1)))
            .ShouldBe("预付卡合同超过10 MB的大小限制，请压缩后重新上传。");
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        (await Refusal(MaterialKind.Contract, [])).ShouldBe("预付卡合同为空（0字节），请重新选择文件。");
    }

    [Theory]
    [InlineData("jpeg", "image/jpeg", ".jpg")]
    [InlineData("png", "image/png", ".png")]
    public async Task Other_materials_may_be_pictures(string kind, string contentType, string extension)
    {
        var accepted = (await Check(MaterialKind.OtherMaterial, kind == "jpeg" ? Jpeg : Png)).Accepted.ShouldNotBeNull();
        (accepted.ContentType, accepted.Extension).ShouldBe((contentType, extension));
    }

    [Fact]
    public async Task Other_materials_that_are_neither_pdf_nor_jpg_nor_png_are_refused()
    {
        (await Refusal(MaterialKind.OtherMaterial, "GIF89a\u0001\u0000"u8.ToArray()))
            .ShouldBe("其它材料须为PDF、JPG、PNG、Word（.docx）或Excel（.xlsx）格式：所选文件的内容不是其中任何一种（只改文件扩展名无效）。");
    }

    [Fact]
    public async Task Other_materials_may_be_word_or_excel_documents_told_by_their_parts()
    {
        var word = (await Check(MaterialKind.OtherMaterial, OfficeFiles.Docx())).Accepted.ShouldNotBeNull();
        (word.Document, word.ContentType, word.Extension)
            .ShouldBe((OfficeDocument.Word, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"));
        var excel = (await Check(MaterialKind.OtherMaterial, Workbooks.Sites().ToArray())).Accepted.ShouldNotBeNull();
        (excel.Document, excel.ContentType, excel.Extension)
            .ShouldBe((OfficeDocument.Excel, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"));
    }

    [Fact]
    public async Task Office_documents_are_refused_where_the_manual_asks_for_pdf()
    {
        (await Refusal(MaterialKind.CommitmentLetter, OfficeFiles.Docx()))
            .ShouldBe("承诺书须为PDF格式：所选文件的内容不是PDF（只改文件扩展名无效），请上传PDF文件。");
    }

    [Fact]
    public async Task Old_ole_documents_macros_and_other_zips_are_refused_as_other_materials()
    {
        (await Refusal(MaterialKind.OtherMaterial, OfficeFiles.Ole()))
            .ShouldBe("其它材料是旧版Word/Excel（.doc/.xls）文件或设有打开密码：请另存为.docx/.xlsx或PDF格式、取消密码后重新上传。");
        (await Refusal(MaterialKind.OtherMaterial, OfficeFiles.Docx(("word/vbaProject.bin", "macro"))))
            .ShouldBe("其它材料含有宏或外部链接，不能上传：请另存为不含宏的.docx/.xlsx文档后重新上传。");
        (await Refusal(MaterialKind.OtherMaterial, OfficeFiles.Zip(("readme.txt", "不是文档"))))
            .ShouldBe("其它材料不是有效的Word（.docx）或Excel（.xlsx）文档（只改文件扩展名无效）：请上传PDF、JPG、PNG、Word（.docx）或Excel（.xlsx）文件。");
        // 2 MB packed, far more unpacked: a zip bomb, not a document.
        (await Refusal(MaterialKind.OtherMaterial, OfficeFiles.Docx(("word/media/big.bin", new string('0', 21 * 1024 * 1024)))))
            .ShouldBe("其它材料解压后内容过大，不是正常的Word或Excel文档：请另存为PDF后重新上传。");
    }

    [Fact]
    public async Task Other_materials_over_two_megabytes_are_refused()
    {
        var large = new byte[2 * 1024 * 1024 + 1];
        Jpeg.CopyTo(large, 0);
        (await Refusal(MaterialKind.OtherMaterial, large)).ShouldBe("其它材料超过2 MB的大小限制，请压缩后重新上传。");
        (await Check(MaterialKind.OtherMaterial, large[..^1])).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Each_material_is_kept_in_its_own_store_category()
    {
        Enum.GetValues<MaterialKind>().Select(k => MaterialChecks.RuleFor(k).StoreCategory)
            .ShouldBe(["filing-contract", "filing-custody-proof", "filing-commitment", "filing-other"]);
        Enum.GetValues<MaterialKind>().Select(k => MaterialChecks.RuleFor(k).StoreCategory)
            .ShouldAllBe(c => PrepaidPlatform.Platform.Storage.FileKeys.IsValidCategory(c));
    }
}
