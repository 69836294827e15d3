using PrepaidPlatform.Reporting.Application;

namespace PrepaidPlatform.Reporting.Tests.Rules;

/// <summary>Amounts typed in 元 become exact 分; every field that does not parse has its own message.</summary>
public sealed class ReportFormTests
{
    private static ReportForm Valid() => new()
    {
        PrepaidTotal = "5000", Balance = "3,000.5", CardsWithBalance = "20", QuarterPrepaid = "200.00", QuarterCardsIssued = "5",
        QuarterConsumption = "150", QuarterRefund = "150", QuarterCardReturn = "0.01",
    };

    [Theory]
    [InlineData("345100", 34_510_000L)]
    [InlineData("345,100.00", 34_510_000L)]
    [InlineData("0.1", 10L)]
    [InlineData(" 0 ", 0L)]
    [InlineData("999999999999.99", 99_999_999_999_999L)]
    public void Yuan_with_at_most_two_decimals_is_stored_exactly_in_fen(string text, long fen) =>
        ReportForm.ParseYuan(text).ShouldBe(fen);

    [Theory]
    [InlineData("1.234")]
    [InlineData("-5")]
    [InlineData("1e3")]
    [InlineData("壹佰")]
    [InlineData("1000000000000")]
    [InlineData("")]
    public void Other_amounts_are_refused(string text) => ReportForm.ParseYuan(text).ShouldBeNull();

    [Fact]
    public void The_form_parses_into_exact_figures()
    {
        var (figures, errors) = Valid().Parse();
        errors.ShouldBeEmpty();
        figures!.PrepaidTotalFen.ShouldBe(500_000);
        figures.BalanceFen.ShouldBe(300_050);
        figures.QuarterCardReturnFen.ShouldBe(1);
        figures.CardsWithBalance.ShouldBe(20);
    }

    [Fact]
    public void Each_bad_field_gets_its_own_message_and_no_figures()
    {
        var form = Valid();
        form.Balance = "3000.123";
        form.QuarterCardsIssued = "-1";
        form.QuarterRefund = null;
        var (figures, errors) = form.Parse();
        figures.ShouldBeNull();
        errors.ShouldBe([
            "预收资金余额(元)须为不小于 0 的金额，单位元，最多两位小数（如 345100.00）。",
            "季度发卡数量须为不小于 0 的整数。",
            "请填写季度退款金额(元)。",
        ]);
    }
}
