using PrepaidPlatform.Platform.Identifiers;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>REFERENCE.md "Identifiers": real check characters, and the same codes one character off.</summary>
public sealed class IdentifierTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("91110000101623741K")]
    [InlineData("911101066976941872")]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110302MA0073WQXB")]
    [InlineData("91110107MA01AB2C3C")]
    public void Published_unified_social_credit_codes_pass_the_check(string code) =>
        UnifiedSocialCreditCode.Validate(code).ShouldBeNull();

    [Theory]
    [InlineData("91110000101623741L", "统一社会信用代码校验位不正确，请核对后重新输入。")]
    [InlineData("91110000101623742K", "统一社会信用代码校验位不正确，请核对后重新输入。")]
    [InlineData("9111000010162374K", "统一社会信用代码应为18位。")]
    [InlineData("91110000I01623741K", "统一社会信用代码只能由数字和大写字母组成（不含 I、O、Z、S、V）。")]
    [InlineData("91110000101623741k", "统一社会信用代码只能由数字和大写字母组成（不含 I、O、Z、S、V）。")]
    [InlineData("", "请输入统一社会信用代码。")]
    public void A_mistyped_unified_social_credit_code_is_refused_with_a_reason(string code, string message) =>
        UnifiedSocialCreditCode.Validate(code).ShouldBe(message);

    [Fact]
    public void The_check_character_of_31_is_written_as_0()
    {
        UnifiedSocialCreditCode.CheckCharacter("91110108MA01AB2CF").ShouldBe('0');
        UnifiedSocialCreditCode.Validate("91110108MA01AB2CF0").ShouldBeNull();
    }

    [Fact]
    public void The_division_code_is_read_from_positions_three_to_eight() =>
        UnifiedSocialCreditCode.DivisionCode("91110107MA01AB2C3C").ShouldBe("110107");

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("110105199003070017")]
    public void Valid_resident_id_numbers_pass(string number) =>
        ResidentIdNumber.Validate(number, Today).ShouldBeNull();

    [Theory]
    [InlineData("110105194912310021", "身份证号码校验位不正确，请核对后重新输入。")]
    [InlineData("11010519491231003X", "身份证号码校验位不正确，请核对后重新输入。")]
    [InlineData("11010519491331002X", "身份证号码中的出生日期不正确。")]
    [InlineData("110105202712310028", "身份证号码中的出生日期不正确。")]
    [InlineData("11010519491231002x", "身份证号码前17位应为数字，最后一位为数字或大写字母X。")]
    [InlineData("1101051949123100", "身份证号码应为18位。")]
    public void A_wrong_resident_id_number_is_refused_with_a_reason(string number, string message) =>
        ResidentIdNumber.Validate(number, Today).ShouldBe(message);
}
