using System.Globalization;
using System.Text;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// Line breaking for the documents' Chinese text (Skia draws one line at a time): a line may break between any two
/// Chinese characters, never inside a Latin word or number when a space allows (a room number such as "A-1203" stays
/// whole), and closing punctuation never starts a line (避头点: it hangs at the end of the previous one instead).
/// </summary>
internal static class ChineseTextLayout
{
    private const string NoLineStart = "，。、；：？！）》」』”’〕】…,.;:?!)]}%";

    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, font, maxWidth, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, SKFont font, float maxWidth, List<string> lines)
    {
        // Text elements, not chars: a rare character outside the BMP (𠮷) is one surrogate pair and must not be split.
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(paragraph);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        var line = new StringBuilder();
        var i = 0;
        while (i < elements.Count)
        {
            var next = elements[i];
            if (line.Length == 0 && next == " ")
            {
                i++;
                continue;
            }

            if (line.Length == 0 || NoLineStart.Contains(next, StringComparison.Ordinal) || font.MeasureText(line + next) <= maxWidth)
            {
                line.Append(next);
                i++;
                continue;
            }

            var current = line.ToString();
            var space = current.LastIndexOf(' ');
            if (IsWordChar(next) && IsWordChar(current[^1].ToString()) && space > 0)
            {
                lines.Add(current[..space].TrimEnd());
                line.Clear().Append(current[(space + 1)..]);
                continue;
            }

            lines.Add(current.TrimEnd());
            line.Clear();
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }
    }

    private static bool IsWordChar(string element) => element.Length == 1 && (char.IsAsciiLetterOrDigit(element[0]) || element[0] is '-' or '_' or '/' or '#');
}
