using System.Text.RegularExpressions;

namespace PrepaidPlatform.Platform.Storage;

/// <summary>
/// The only names a file store accepts: <c>category/id</c>, where the category is 1–40 lower-case letters, digits and
/// hyphens (starting with a letter, such as <c>filing-contract</c>) and the id 32 lower-case hex digits (a new GUID);
/// <c>\z</c>, not <c>$</c>, ends the patterns so that a trailing line break is refused too.
/// Nothing else — no dot, no slash of the caller's, no drive or root — so a key can never leave the store's folder.
/// </summary>
public static partial class FileKeys
{
    public static bool IsValidCategory(string? category) => category is not null && Category().IsMatch(category);

    public static bool IsValid(string? key) => key is not null && Key().IsMatch(key);

    /// <summary>A new key in <paramref name="category"/>.</summary>
    public static string New(string category)
    {
        EnsureValidCategory(category);
        return category + "/" + Guid.NewGuid().ToString("N");
    }

    public static void EnsureValidCategory(string category)
    {
        if (!IsValidCategory(category))
        {
            throw new ArgumentException($"文件类别“{category}”无效：只能由小写字母、数字和连字符组成（以字母开头，最多40个字符）。", nameof(category));
        }
    }

    public static void EnsureValid(string key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException("文件标识无效：须为“类别/32位十六进制编号”。", nameof(key));
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,39}\z")]
    private static partial Regex Category();

    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,39}/[0-9a-f]{32}\z")]
    private static partial Regex Key();
}
