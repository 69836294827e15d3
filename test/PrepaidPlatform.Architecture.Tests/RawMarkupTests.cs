namespace PrepaidPlatform.Architecture.Tests;

/// <summary>
/// Issue 15 item 4, for every text field at once: Razor HTML-encodes every <c>@value</c>, so user text can reach a page as
/// markup only through <c>Html.Raw</c> or a hand-made <c>HtmlString</c>. Each such place is listed here with why it is
/// safe; a new one fails until it is reviewed and listed. The hostile-text tests post script into the forms themselves.
/// </summary>
public sealed class RawMarkupTests
{
    private static readonly string[] RawWriters = ["Html.Raw(", "new HtmlString(", "new Microsoft.AspNetCore.Html.HtmlString("];

    /// <summary>File (from the repository root) → the exact line fragment allowed there.</summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        // JSON for ECharts inside <script type="application/json">: System.Text.Json's default encoder writes < > & ' " as
        // \u escapes, so no label (street, card system) can close the element or open a tag.
        ["modules/Supervision/PrepaidPlatform.Supervision/Areas/Supervision/Pages/Index.cshtml"] = "@Html.Raw(Model.ChartJson())",
    };

    [Fact]
    public void Markup_is_written_raw_only_where_it_was_reviewed()
    {
        var root = RepositoryRoot();
        var found = Directory.EnumerateFiles(Path.Combine(root, "modules"), "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "host"), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f).Replace('\\', '/'), Line: i + 1, Text: line)))
            .Where(l => RawWriters.Any(w => l.Text.Contains(w, StringComparison.Ordinal)))
            .Where(l => !(Allowed.TryGetValue(l.File, out var allowed) && l.Text.Contains(allowed, StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        found.ShouldBeEmpty("raw markup outside the reviewed places: encode it, or review it and list it in RawMarkupTests.Allowed");
    }

    [Fact]
    public void The_listed_places_still_exist()
    {
        var root = RepositoryRoot();
        foreach (var (file, fragment) in Allowed)
        {
            File.ReadAllText(Path.Combine(root, file)).ShouldContain(fragment, customMessage: $"{file} changed: review it and update the list");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PrepaidPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PrepaidPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
