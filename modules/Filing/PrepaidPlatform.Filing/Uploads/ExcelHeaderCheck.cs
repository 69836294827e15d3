namespace PrepaidPlatform.Filing.Uploads;

/// <summary>
/// 提示(3) I: 不要修改模板格式：如删除或添加列. The header row must be the template's, column for column; when it is not,
/// one message says what changed — a column missing, added, renamed, repeated or moved — so the user can fix it.
/// </summary>
internal static class ExcelHeaderCheck
{
    public const string BlankHeader = "（空白）";

    /// <summary>Null when <paramref name="actual"/> (trimmed, without trailing blank cells) is the template's header.</summary>
    public static string? Problem(string title, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return null;
        }

        return $"{title}文件的表头与模板不一致：{Difference(expected, actual)}。请使用下载的模板填写，不要删除、添加、修改列名或调整列的顺序。";
    }

    private static string Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var shown = actual.Select(h => h.Length == 0 ? BlankHeader : h).ToList();
        var repeated = shown.Where(expected.Contains).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var missing = expected.Where(h => !actual.Contains(h)).ToList();
        var extra = shown.Where(h => !expected.Contains(h)).Distinct().ToList();

        // Same number of columns and every difference is a different name at the same place: renamed.
        if (repeated.Count == 0 && missing.Count > 0 && actual.Count == expected.Count)
        {
            var changed = Enumerable.Range(0, expected.Count).Where(i => expected[i] != actual[i]).ToList();
            if (changed.All(i => missing.Contains(expected[i]) && extra.Contains(shown[i])))
            {
                return string.Join("；", changed.Select(i => $"第{i + 1}列“{shown[i]}”应为“{expected[i]}”"));
            }
        }

        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add("缺少列" + Quoted(missing));
        }

        if (extra.Count > 0)
        {
            parts.Add("多出列" + Quoted(extra));
        }

        if (repeated.Count > 0)
        {
            parts.Add("列" + Quoted(repeated) + "重复");
        }

        if (parts.Count == 0)
        {
            parts.Add("列的顺序被调整，应依次为" + Quoted(expected));
        }

        return string.Join("；", parts);
    }

    private static string Quoted(IEnumerable<string> headers) => string.Join("、", headers.Select(h => $"“{h}”"));
}
