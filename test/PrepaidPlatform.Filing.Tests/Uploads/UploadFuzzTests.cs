using System.Diagnostics;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Uploads;
using static PrepaidPlatform.Filing.Tests.Uploads.Workbooks;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>
/// Issue 15 item 4: a few thousand random inputs — random bytes, damaged workbooks, hostile cell text — against the
/// upload parsers: every one ends in rows or a Chinese refusal, never an exception, and quickly.
/// </summary>
public sealed class UploadFuzzTests
{
    private const int Seed = 20261206;

    private static readonly string[] Nasty =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "=cmd|' /C calc'!A0", "+1+1", "@SUM(1)", "-1",
        "\u0000\u0001\u0007", "\uFEFF", "\u202E反转", "ＡＢＣ全角", "😀🎉", "\uD800", "'; DROP TABLE x; --", "　", "\t\r\n",
        new string('长', 5000), "锟斤拷", "æøå", "%s%n%x", "../../etc/passwd",
    ];

    private static bool IsChinese(string message) => message.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static async Task AssertHandledAsync<TRow>(Func<Task<ExcelUploadResult<TRow>>> parse, string input)
    {
        ExcelUploadResult<TRow> result;
        try
        {
            result = await parse();
        }
        catch (Exception e)
        {
            throw new ShouldAssertException($"Input {input} threw {e.GetType().Name}: {e.Message}", e);
        }

        if (!result.Succeeded)
        {
            result.Rows.ShouldBeEmpty(input);
            result.Errors.ShouldNotBeEmpty(input);
            result.Errors.ShouldAllBe(e => IsChinese(e.Message), input);
        }
    }

    [Fact]
    public async Task Random_bytes_and_damaged_workbooks_end_in_rows_or_a_chinese_refusal()
    {
        var random = new Random(Seed);
        var valid = Sites(WangjingSite, Site("2", "演示健身（国贸店）", "朝阳区", "建外街道", "建国门外大街1号", "13800138000")).ToArray();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 1500; i++)
        {
            byte[] input;
            if (i % 3 == 0)
            {
                input = new byte[random.Next(0, 4096)];
                random.NextBytes(input);
                if (i % 2 == 0 && input.Length > 4)
                {
                    "PK\u0003\u0004"u8.CopyTo(input); // a zip header over noise
                }
            }
            else
            {
                input = (byte[])valid.Clone();
                for (var flips = random.Next(1, 8); flips > 0; flips--)
                {
                    input[random.Next(input.Length)] = (byte)random.Next(256);
                }

                if (i % 5 == 0)
                {
                    input = input[..random.Next(input.Length)];
                }
            }

            await AssertHandledAsync(() => RedemptionSiteSheet.ParseAsync(new MemoryStream(input), Beijing), $"#{i}");
            if (i % 10 == 0)
            {
                await AssertHandledAsync(() => BranchSheet.ParseAsync(new MemoryStream(input), Beijing, "91110105MA01ABCD2X"), $"branch #{i}");
            }

            var material = await MaterialChecks.CheckAsync(MaterialKind.OtherMaterial, new MemoryStream(input));
            (material.Succeeded || IsChinese(material.Error!)).ShouldBeTrue($"material #{i}");
        }

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Hostile_cell_text_ends_in_rows_or_a_chinese_refusal_and_is_kept_as_text()
    {
        var random = new Random(Seed + 1);
        string Pick() => random.Next(4) == 0
            ? new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0x20, 0xD7FF)).ToArray())
            : Nasty[random.Next(Nasty.Length)];

        for (var i = 0; i < 300; i++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => Site(Pick(), Pick(), random.Next(2) == 0 ? "朝阳区" : Pick(), random.Next(2) == 0 ? "望京街道" : Pick(), Pick(), random.Next(2) == 0 ? "13800138000" : Pick()))
                .ToArray();
            var workbook = Sites(rows).ToArray();
            await AssertHandledAsync(() => RedemptionSiteSheet.ParseAsync(new MemoryStream(workbook), Beijing), $"cells #{i}");
        }
    }

    [Fact]
    public async Task An_excel_list_is_read_no_further_than_its_own_limit_not_the_requests()
    {
        // The review's finding: the list was buffered up to the request limit (37 MiB) before the 2 MB check.
        var endless = new CountingStream(40L * 1024 * 1024);
        var (refusal, content) = await FilingUploads.BufferListAsync(AttachmentKind.RedemptionSites, endless, default);
        refusal.ShouldNotBeNull().Message.ShouldBe("兑付场所信息未通过校验：兑付场所信息文件超过2 MB的大小限制：请使用下载的模板，只填写兑付场所信息，不要插入图片等其他内容。");
        content.ShouldBeEmpty();
        endless.BytesRead.ShouldBeLessThanOrEqualTo(UploadLimits.ExcelMaxBytes + 81920 + 1);
    }

    /// <summary>A stream of <c>length</c> zero bytes that counts what was read from it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
