using System.Net;
using System.Text.RegularExpressions;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>
/// Issue 15 item 4: markup and script typed into a text field, and how a page must show it back: as the text typed
/// (HTML-encoded in the source), never as markup that a browser would run.
/// </summary>
public static class HostileText
{
    /// <summary>A script element, an event handler, and the three characters that end an attribute or start an entity.</summary>
    public const string Full = "<script>alert(1)</script><img src=x onerror=alert(1)>\"'&";

    /// <summary>Shorter payloads for narrow fields, longest first; each still carries markup and the breaking characters.</summary>
    private static readonly string[] Payloads = [Full, "<img src=x onerror=alert(1)>\"'&", "<svg onload=alert(1)>", "<b>\"'&", "<b>"];

    /// <summary>What a page shows only if it writes a value as markup: the opening of each payload's element.</summary>
    private static readonly string[] Markup = ["<script>alert(1)", "<img src=x onerror", "<svg onload", "<b>\"'&"];

    /// <summary>
    /// The longest payload that fits <paramref name="max"/> characters with <paramref name="tag"/> after it (the tag tells
    /// one field's value from another's on a page that shows several).
    /// </summary>
    public static string Fitting(int max, string tag = "")
    {
        foreach (var payload in Payloads)
        {
            if (payload.Length + tag.Length <= max)
            {
                return payload + tag;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(max), max, "no payload fits");
    }

    /// <summary>The page holds no payload as markup (nor, when given, <paramref name="value"/> as typed).</summary>
    public static void ShouldHoldNoMarkup(string html, string where, string? value = null)
    {
        foreach (var markup in Markup)
        {
            html.ShouldNotContain(markup, Case.Insensitive, $"{where}: markup written unencoded");
        }

        if (value is not null)
        {
            html.ShouldNotContain(value, Case.Sensitive, $"{where}: the value written unencoded");
        }
    }

    /// <summary>The page shows <paramref name="value"/> as text: encoded in the source, the typed text once decoded, no markup.</summary>
    public static void ShouldShowAsText(string html, string value, string where)
    {
        ShouldHoldNoMarkup(html, where, value);
        WebUtility.HtmlDecode(html).ShouldContain(value, Case.Sensitive, $"{where}: the value is not shown");
    }

    /// <summary>The text of the message under a field (<paramref name="name"/> as posted, e.g. <c>Input.RealName</c>).</summary>
    public static string FieldMessage(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(name)}\"[^>]*>([^<]*)<").Groups[1].Value);
}
