using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Shouldly;

namespace PrepaidPlatform.Testing;

/// <summary>
/// Issue 15 item 4: random form posts against a handler, from a seed so that a failure reproduces. Each post is the valid
/// form with some values replaced (random Unicode with control characters, very long text, values of the wrong type,
/// percent-escapes that decode to no character such as a lone surrogate's UTF-8, script), some keys left out, some
/// repeated, some that the form has not. The antiforgery token stays valid: a refused token is another test's.
/// </summary>
public sealed partial class FormFuzzer(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Values of the wrong type for number, decimal, date, choice, boolean and id fields.</summary>
    private static readonly string[] WrongTyped =
    [
        "abc", "-1", "-0", "1e309", "1E5", "NaN", "Infinity", "0x1F", "99999999999999999999999999", "1.", ".5", "1,000", "１２３", "٣",
        "12.3456789", "-0.000001", "2024-02-30", "0000-00-00", "9999-12-31", "2024/01/01", "20240101", "2024-13-01", "31-12-2024",
        "true", "false", "on", "null", "undefined", "[]", "{}", "0", "00000000-0000-0000-0000-000000000000", "not-a-guid", " ", "\t",
    ];

    /// <summary>Script, injection and format strings, as hostile users type them.</summary>
    private static readonly string[] Hostile =
    [
        HostileText.Full, "\"><svg onload=alert(1)>", "javascript:alert(1)", "'; DROP TABLE Filing_Applications; --", "%s%s%n", "{0}{1}",
        "../../etc/passwd", "=cmd|' /C calc'!A0", "${jndi:ldap://x}", "<!--", "]]>", "\u202E反转", "\uFEFF", "锟斤拷", "😀🎉",
    ];

    /// <summary>Escapes that are not UTF-8 of any character: lone surrogates, overlong forms, cut sequences, bare %.</summary>
    private static readonly string[] RawEscapes =
    [
        "%ED%A0%80", "%ED%B0%80", "%ED%A0%80%ED%B0%80", "%C0%AE", "%C0%BC", "%E0%80%BC", "%FF%FE", "%FE", "%E4%B8", "%F4%90%80%80", "%", "%%",
        "%G1", "%u003C", "%00", "%0D%0A", "+%2B+",
    ];

    private static readonly string[] JunkKeys = ["Input", "Input.", "Input[0]", "Input.Nope", "__proto__", "constructor", "handler", "Input..ShopName", "%00", "[", "a]b"];

    /// <summary>The error page's answer to a request the framework cannot read (400).</summary>
    public const string MalformedMessage = "请求内容有误或页面已过期";

    public int Seed => seed;

    /// <summary>One hostile urlencoded body built from <paramref name="valid"/>; <paramref name="token"/> goes first, unchanged.</summary>
    public string Body(IReadOnlyDictionary<string, string> valid, string token, IReadOnlyDictionary<string, string>? fixedFields = null)
    {
        var pairs = new List<string> { "__RequestVerificationToken=" + Uri.EscapeDataString(token) };
        pairs.AddRange((fixedFields ?? new Dictionary<string, string>()).Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        // Some posts change one field, some most of them: a refusal of one field must not hide what another does.
        var rate = _random.NextDouble() * 0.5;
        foreach (var (key, value) in valid)
        {
            var roll = _random.NextDouble();
            if (roll < rate * 0.15)
            {
                continue; // a key left out
            }

            pairs.Add(Uri.EscapeDataString(key) + "=" + (roll < rate ? Mutated() : Uri.EscapeDataString(value)));
            if (_random.NextDouble() < 0.08)
            {
                pairs.Add(Uri.EscapeDataString(key) + "=" + Mutated()); // a key repeated with another value
            }
        }

        if (_random.NextDouble() < 0.15)
        {
            pairs.Add(JunkKeys[_random.Next(JunkKeys.Length)] + "=" + Mutated());
        }

        return string.Join('&', pairs);
    }

    /// <summary>
    /// Posts <paramref name="count"/> hostile bodies to <paramref name="postUrl"/> (the token read from <paramref name="pageUrl"/>);
    /// each answer must be a redirect or the page with Chinese messages; <paramref name="check"/> looks at what was stored after each.
    /// <paramref name="fixedFields"/> go with every post unchanged (an id whose forgery has its own test and answer).
    /// </summary>
    public async Task RunAsync(PlatformClient client, string pageUrl, string postUrl, IReadOnlyDictionary<string, string> valid, int count,
        Func<int, HttpResponseMessage, string, Task>? check = null, IReadOnlyDictionary<string, string>? fixedFields = null)
    {
        var token = PlatformClient.AntiforgeryToken(await client.GetPageAsync(pageUrl));
        for (var i = 0; i < count; i++)
        {
            var body = Body(valid, token, fixedFields);
            using var response = await client.Http.PostAsync(postUrl, Form(body));
            var html = await response.Content.ReadAsStringAsync();
            var where = $"seed {seed} post #{i} to {postUrl}: {(body.Length > 600 ? body[..600] + "…" : body)}";
            if (body.Contains("%00", StringComparison.Ordinal))
            {
                // A NUL byte is refused by ASP.NET Core's form reader before any page runs: the request is answered 400 with the
                // platform's Chinese error page, and nothing reaches a handler.
                response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, where);
                Text(html).ShouldContain(MalformedMessage, Case.Sensitive, where);
            }
            else
            {
                response.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.Redirect], $"{where}\nanswered: {Text(html)}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    ShouldExplainInChinese(html, where);
                }
            }

            HostileText.ShouldHoldNoMarkup(html, where);
            if (check is not null)
            {
                await check(i, response, html);
            }
        }
    }

    /// <summary>
    /// An urlencoded body as a browser posts it: UTF-8 (the content's charset says so; with us-ascii the form reader would
    /// turn every non-ASCII character into "?" before the page saw it).
    /// </summary>
    public static StringContent Form(string body) => new(body, Encoding.UTF8, "application/x-www-form-urlencoded");

    /// <summary>A refused form says why, in Chinese, beside a field or above the form.</summary>
    public static void ShouldExplainInChinese(string html, string where)
    {
        var messages = FieldMessageRegex().Matches(html).Select(m => m.Groups[1].Value)
            .Concat(SummaryRegex().Matches(html).SelectMany(s => ItemRegex().Matches(s.Groups[1].Value).Select(m => m.Groups[1].Value)))
            .Select(m => WebUtility.HtmlDecode(m).Trim()).Where(m => m.Length > 0).ToList();
        messages.ShouldNotBeEmpty($"{where}: a refused form without a message");
        messages.ShouldAllBe(m => m.Any(c => c >= '\u4e00' && c <= '\u9fff'), $"{where}: a message not in Chinese");
    }

    /// <summary>The visible text of an answer, shortened, for a failure's message.</summary>
    private static string Text(string html)
    {
        var text = WebUtility.HtmlDecode(TagRegex().Replace(html, " "));
        text = SpaceRegex().Replace(text, " ").Trim();
        return text.Length > 800 ? text[..800] + "…" : text;
    }

    private string Mutated() => _random.Next(7) switch
    {
        0 => Uri.EscapeDataString(RandomText(_random.Next(0, 40))),
        1 => Uri.EscapeDataString(RandomText(_random.Next(200, 3000))),
        2 => Uri.EscapeDataString(new string((char)(_random.Next(2) == 0 ? _random.Next(0x20, 0x7F) : _random.Next(0x4E00, 0xA000)), _random.Next(2_000, 20_000))),
        3 => Uri.EscapeDataString(WrongTyped[_random.Next(WrongTyped.Length)]),
        4 => RawEscapes[_random.Next(RawEscapes.Length)] + Uri.EscapeDataString(RandomText(_random.Next(0, 8))),
        _ => Uri.EscapeDataString(Hostile[_random.Next(Hostile.Length)]),
    };

    /// <summary>Control characters, ASCII, CJK, specials (BOM, bidi override, zero width, noncharacters) and emoji as whole pairs.</summary>
    private string RandomText(int length)
    {
        var text = new StringBuilder(length + 1);
        while (text.Length < length)
        {
            switch (_random.Next(6))
            {
                case 0:
                    // NUL only from the raw escapes: the form reader refuses a request with one outright (see RunAsync).
                    text.Append((char)(_random.Next(2) == 0 ? _random.Next(0x01, 0x20) : _random.Next(0x7F, 0xA0)));
                    break;
                case 1:
                    text.Append((char)_random.Next(0x20, 0x7F));
                    break;
                case 2:
                    text.Append((char)_random.Next(0x4E00, 0xA000));
                    break;
                case 3:
                    text.Append("\uFEFF\u202E\u200B\uFFFD\uFFFF\uFFFE\u3000\u00A0\u2028"[_random.Next(9)]);
                    break;
                case 4:
                    text.Append(char.ConvertFromUtf32(_random.Next(0x1F300, 0x1FAFF)));
                    break;
                default:
                    text.Append((char)_random.Next(0xFF01, 0xFF5F)); // full-width forms
                    break;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex("field-validation-error[^>]*>([^<]*)<")]
    private static partial Regex FieldMessageRegex();

    [GeneratedRegex("validation-summary-errors[^>]*>([\\s\\S]*?)</div>")]
    private static partial Regex SummaryRegex();

    [GeneratedRegex("<(script|style)[\\s\\S]*?</\\1>|<[^>]+>")]
    private static partial Regex TagRegex();

    [GeneratedRegex("\\s+")]
    private static partial Regex SpaceRegex();

    [GeneratedRegex("<li>([^<]*)</li>")]
    private static partial Regex ItemRegex();
}
