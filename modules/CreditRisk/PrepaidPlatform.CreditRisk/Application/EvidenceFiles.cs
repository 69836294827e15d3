using Microsoft.AspNetCore.Http;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// A document staff attach — a manual record's 证明材料, a referral's 线索材料: PDF, JPG or PNG judged by its first bytes
/// (a renamed file is not one), at most 10 MB, like Filing's uploads; kept in the file store under one category.
/// </summary>
internal static class EvidenceFiles
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string Category = "creditrisk-evidence";
    public const int NameMaxLength = 200;

    /// <summary>The upload's bytes, or why <paramref name="what"/> is refused.</summary>
    public static async Task<(byte[]? Content, string? Refusal)> ReadAsync(IFormFile file, string what, CancellationToken cancellationToken)
    {
        if (file.Length > MaxBytes)
        {
            return (null, $"{what}超过 10 MB 的大小限制。");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return IsDocument(content) ? (content, null) : (null, $"{what}须为 PDF、JPG 或 PNG 文件（按文件内容判断，只改扩展名无效）。");
    }

    /// <summary>The file's own name without any path, its tail when it is too long to keep.</summary>
    public static string Name(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName);
        return name.Length > NameMaxLength ? name[^NameMaxLength..] : name;
    }

    private static bool IsDocument(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) || content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
}
