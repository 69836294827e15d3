using System.Text;
using System.Text.RegularExpressions;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>
/// The checks of one data row, each adding an <see cref="ExcelUploadError"/> for its cell (with the row's values, for
/// the error report). Every method returns the accepted value, or null when the cell was refused.
/// </summary>
internal sealed partial class ExcelRowCheck(ExcelSheetSpec spec, ExcelRow row, List<ExcelUploadError> errors)
{
    public const string PhoneMessage = "联系电话格式不正确：请填写11位手机号码，或带区号的固定电话（如010-12345678）。";

    public const string NumericCreditCodeMessage = "统一社会信用代码被Excel存成了数字，末尾几位可能已丢失：请把该列设为“文本”格式后重新填写。";

    public bool Failed { get; private set; }

    public void Fail(int column, string message)
    {
        Failed = true;
        errors.Add(new ExcelUploadError(row.Number, spec.Columns[column].Header, message, row.Values));
    }

    /// <summary>Required when the column is, and no longer than its <see cref="ExcelColumn.MaxLength"/>.</summary>
    public string? Text(int column)
    {
        var definition = spec.Columns[column];
        var text = row.Cells[column].Text;
        if (text.Length == 0)
        {
            if (definition.Required)
            {
                Fail(column, $"请填写{definition.Header}。");
                return null;
            }

            return text;
        }

        if (text.Length > definition.MaxLength)
        {
            Fail(column, $"{definition.Header}不能超过{definition.MaxLength}个字（现有{text.Length}个字）。");
            return null;
        }

        return text;
    }

    /// <summary>所在区: a district name exactly as in the 字典 sheet.</summary>
    public TenantInfo? District(int column, AddressDictionary addresses)
    {
        if (Text(column) is not { } name)
        {
            return null;
        }

        var district = addresses.FindDistrict(name);
        if (district is null)
        {
            Fail(column, $"所在区“{name}”不在字典中：请填写“字典”工作表中的区名称（如“朝阳区”）。");
        }

        return district;
    }

    /// <summary>所在街道（乡镇）: a street of <paramref name="district"/> (unchecked beyond “filled in” when the district was refused).</summary>
    public Street? Street(int column, TenantInfo? district, AddressDictionary addresses)
    {
        if (Text(column) is not { } name || district is null)
        {
            return null;
        }

        var street = addresses.FindStreet(district, name);
        if (street is not null)
        {
            return street;
        }

        Fail(column, addresses.DistrictOfStreet(name) is { } other
            ? $"所在街道（乡镇）“{name}”属于{other.Name}，不属于{district.Name}：请填写“字典”工作表中{district.Name}的街道（乡镇）。"
            : $"所在街道（乡镇）“{name}”不在字典中：请填写“字典”工作表中{district.Name}的街道（乡镇）。");
        return null;
    }

    /// <summary>
    /// 联系电话: a mainland mobile number (stored as 11 digits) or a landline with its area code (stored as
    /// <c>010-12345678</c>, extension kept). Full-width digits and hyphens are read as half-width.
    /// </summary>
    public string? Phone(int column)
    {
        if (Text(column) is not { } text || text.Length == 0)
        {
            return null;
        }

        var compact = string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));
        if (MobilePhone.TryNormalize(compact, out var mobile))
        {
            return mobile;
        }

        var landline = Landline().Match(compact);
        if (!landline.Success)
        {
            Fail(column, PhoneMessage);
            return null;
        }

        // 010 and 02X are the only three-digit area codes; every other one has four digits.
        var digits = landline.Groups["area"].Success ? landline.Groups["area"].Value + landline.Groups["number"].Value : landline.Groups["digits"].Value;
        var areaLength = digits.StartsWith("010", StringComparison.Ordinal) || digits.StartsWith("02", StringComparison.Ordinal) ? 3 : 4;
        var local = digits[areaLength..];
        if (local.Length is < 7 or > 8 || local[0] is '0' or '1')
        {
            Fail(column, PhoneMessage);
            return null;
        }

        var extension = landline.Groups["ext"].Success ? "-" + landline.Groups["ext"].Value : string.Empty;
        return $"{digits[..areaLength]}-{local}{extension}";
    }

    /// <summary>统一社会信用代码 (GB 32100-2015), read in upper case; the platform's validator gives the message.</summary>
    public string? CreditCode(int column)
    {
        if (Text(column) is not { } text || text.Length == 0)
        {
            return null;
        }

        if (row.Cells[column].IsNumber)
        {
            Fail(column, NumericCreditCodeMessage);
            return null;
        }

        var code = text.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        if (UnifiedSocialCreditCode.Validate(code) is { } message)
        {
            Fail(column, message);
            return null;
        }

        return code;
    }

    /// <summary>
    /// Remembers <paramref name="key"/> (compared without white space, full-width as half-width, case-insensitive) and
    /// refuses the cell when an earlier row had it. Returns false for a duplicate.
    /// </summary>
    public bool Unique(Dictionary<string, int> seen, string key, int column, Func<int, string> message)
    {
        var normalized = string.Concat(key.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (seen.TryGetValue(normalized, out var earlier))
        {
            Fail(column, message(earlier));
            return false;
        }

        seen[normalized] = row.Number;
        return true;
    }

    /// <summary>The errors in row order, and within a row in column order.</summary>
    public static IReadOnlyList<ExcelUploadError> InOrder(ExcelSheetSpec spec, IEnumerable<ExcelUploadError> errors) =>
        errors.OrderBy(e => e.Row).ThenBy(e => e.Column is null ? -1 : spec.IndexOf(e.Column)).ToList();

    /// <summary>Area code and number, with a hyphen or the area code in brackets or nothing between; an optional extension.</summary>
    [GeneratedRegex(@"^(?:(?:(?<area>0\d{2,3})-|\((?<area>0\d{2,3})\))(?<number>\d{7,8})|(?<digits>0\d{9,11}))(?:-(?<ext>\d{1,6}))?\z")]
    private static partial Regex Landline();
}
