using System.Text;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Statements;

/// <summary>
/// Issue 15 item 4: the city's statement import file goes through the kernel's one workbook check (as Filing's lists do):
/// zip bombs, external links and a row a million down are refused in Chinese, a length that lies is not trusted, and a
/// thousand random inputs end in rows or a refusal, never an exception.
/// </summary>
public sealed class StatementFileHostileTests
{
    private static readonly object?[] Row = StatementImportFiles.ManualRow("6222000000000001", "REF-1", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));

    private static Task<StatementFileContent> ReadAsync(string name, byte[] content, long? length = null) =>
        StatementFileReader.ReadAsync(name, length ?? content.Length, new MemoryStream(content), default);

    private static async Task<string> Refusal(string name, byte[] content, long? length = null)
    {
        var result = await ReadAsync(name, content, length);
        result.Rows.ShouldBeEmpty();
        return result.Error.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_zip_bomb_an_external_link_and_a_row_a_million_down_are_refused()
    {
        var valid = StatementImportFiles.Xlsx(Row);
        (await ReadAsync("账单.xlsx", valid)).Rows.Count.ShouldBe(1);

        (await Refusal("账单.xlsx", HostileWorkbooks.WithBomb(new MemoryStream(valid), 51 * 1024 * 1024).ToArray()))
            .ShouldBe("文件解压后过大，不是按模板填写的存管账单：请使用下载的模板填写后导入。");
        (await Refusal("账单.xlsx", HostileWorkbooks.WithExternalLink(new MemoryStream(valid)).ToArray()))
            .ShouldBe("文件含有指向其他工作簿的外部链接或宏，未读取：请使用下载的模板填写后导入。");
        (await Refusal("账单.xlsx", HostileWorkbooks.WithLastExcelRow(new MemoryStream(valid)).ToArray()))
            .ShouldBe("文件超过 10,000 行（含空行）：请删除多余的行，每个文件最多 5,000 行账单。");
    }

    [Fact]
    public async Task A_declared_length_that_lies_is_not_trusted()
    {
        var large = new byte[StatementFileReader.MaxBytes + 1];
        "a,b\r\n"u8.CopyTo(large);
        (await Refusal("账单.csv", large, length: 10)).ShouldStartWith("文件超过 5 MB 的大小限制");
    }

    [Fact]
    public async Task A_thousand_random_inputs_end_in_rows_or_a_chinese_refusal()
    {
        var random = new Random(20261206);
        var valid = StatementImportFiles.Xlsx(Row, Row);
        var csv = StatementImportFiles.Csv(Encoding.UTF8, Row);
        for (var i = 0; i < 1000; i++)
        {
            var source = i % 2 == 0 ? valid : csv;
            var input = (byte[])source.Clone();
            for (var flips = random.Next(1, 6); flips > 0; flips--)
            {
                input[random.Next(input.Length)] = (byte)random.Next(256);
            }

            if (i % 7 == 0)
            {
                input = input[..random.Next(input.Length)];
            }

            StatementFileContent result;
            try
            {
                result = await ReadAsync(i % 2 == 0 ? "账单.xlsx" : "账单.csv", input);
            }
            catch (Exception e)
            {
                throw new ShouldAssertException($"Input #{i} threw {e.GetType().Name}: {e.Message}", e);
            }

            if (result.Error is { } error)
            {
                result.Rows.ShouldBeEmpty();
                error.Any(c => c is >= '\u4e00' and <= '\u9fff').ShouldBeTrue($"#{i}: {error}");
            }
        }
    }
}
