using System.Globalization;

namespace PrepaidPlatform.CreditRisk.Rules;

/// <summary>
/// The rule language (issue 17 · 2), deliberately tiny: comparisons of named facts with whole numbers, joined by 且 / 或
/// (also and / or) and grouped by parentheses; nothing else — no calls, no variables, no scripting.
/// <code>
/// condition  := or
/// or         := and (("或" | "or") and)*
/// and        := atom (("且" | "and") atom)*
/// atom       := "(" or ")" | FACT COMPARE NUMBER
/// COMPARE    := "&gt;=" | "&gt;" | "&lt;=" | "&lt;" | "=" | "!="
/// </code>
/// FACT is one of <see cref="RuleFacts.Names"/>. A condition that does not parse is refused with the position (1-based
/// character) and what was expected there.
/// </summary>
internal abstract record RuleCondition
{
    public abstract bool Holds(IReadOnlyDictionary<string, int> facts);

    /// <summary>The facts a condition reads, so a reason can name the records behind it.</summary>
    public abstract IEnumerable<string> Facts();

    public static RuleCondition Parse(string? text)
    {
        var parser = new Parser(text ?? string.Empty);
        return parser.ParseAll();
    }

    /// <summary>Null when the text parses; otherwise the located error in Chinese.</summary>
    public static string? Check(string? text)
    {
        try
        {
            Parse(text);
            return null;
        }
        catch (RuleSyntaxException e)
        {
            return e.Message;
        }
    }

    internal sealed record Comparison(string Fact, string Operator, int Value) : RuleCondition
    {
        public override bool Holds(IReadOnlyDictionary<string, int> facts)
        {
            var actual = facts.GetValueOrDefault(Fact);
            return Operator switch
            {
                ">=" => actual >= Value,
                ">" => actual > Value,
                "<=" => actual <= Value,
                "<" => actual < Value,
                "=" => actual == Value,
                _ => actual != Value,
            };
        }

        public override IEnumerable<string> Facts() => [Fact];
    }

    internal sealed record All(RuleCondition Left, RuleCondition Right) : RuleCondition
    {
        public override bool Holds(IReadOnlyDictionary<string, int> facts) => Left.Holds(facts) && Right.Holds(facts);

        public override IEnumerable<string> Facts() => Left.Facts().Concat(Right.Facts());
    }

    internal sealed record Any(RuleCondition Left, RuleCondition Right) : RuleCondition
    {
        public override bool Holds(IReadOnlyDictionary<string, int> facts) => Left.Holds(facts) || Right.Holds(facts);

        public override IEnumerable<string> Facts() => Left.Facts().Concat(Right.Facts());
    }

    private sealed class Parser(string text)
    {
        private int _at;

        public RuleCondition ParseAll()
        {
            Skip();
            if (_at >= text.Length)
            {
                throw Error("条件为空：请填写如“失信被执行人 >= 1”的条件");
            }

            var condition = ParseOr();
            Skip();
            if (_at < text.Length)
            {
                throw Error($"多余的内容“{Rest()}”：条件之间请用“且”或“或”连接");
            }

            return condition;
        }

        private RuleCondition ParseOr()
        {
            var left = ParseAnd();
            while (Keyword("或", "or"))
            {
                left = new Any(left, ParseAnd());
            }

            return left;
        }

        private RuleCondition ParseAnd()
        {
            var left = ParseAtom();
            while (Keyword("且", "and"))
            {
                left = new All(left, ParseAtom());
            }

            return left;
        }

        private RuleCondition ParseAtom()
        {
            Skip();
            if (Peek() == '(' || Peek() == '（')
            {
                _at++;
                var inner = ParseOr();
                Skip();
                if (Peek() is not (')' or '）'))
                {
                    throw Error("缺少右括号“)”");
                }

                _at++;
                return inner;
            }

            var start = _at;
            while (_at < text.Length && IsNameChar(text[_at]))
            {
                _at++;
            }

            var fact = text[start.._at];
            if (fact.Length == 0)
            {
                throw Error($"此处应为事实名称（{string.Join("、", RuleFacts.Names)}）");
            }

            if (!RuleFacts.Names.Contains(fact))
            {
                _at = start;
                throw Error($"未知的事实“{fact}”：可用的事实为 {string.Join("、", RuleFacts.Names)}");
            }

            Skip();
            var op = Operator() ?? throw Error("此处应为比较符号（>=、>、<=、<、=、!=）");
            Skip();
            var numberStart = _at;
            while (_at < text.Length && char.IsAsciiDigit(text[_at]))
            {
                _at++;
            }

            if (_at == numberStart || !int.TryParse(text.AsSpan(numberStart, _at - numberStart), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                _at = numberStart;
                throw Error("此处应为不超过 9 位的非负整数");
            }

            return new Comparison(fact, op, value);
        }

        private string? Operator()
        {
            foreach (var op in new[] { ">=", "<=", "!=", ">", "<", "=", "≥", "≤" })
            {
                if (string.CompareOrdinal(text, _at, op, 0, op.Length) == 0)
                {
                    _at += op.Length;
                    return op switch { "≥" => ">=", "≤" => "<=", _ => op };
                }
            }

            return null;
        }

        private bool Keyword(params string[] words)
        {
            Skip();
            foreach (var word in words)
            {
                if (string.Compare(text, _at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                    (word.Length == 1 || _at + word.Length >= text.Length || !char.IsAsciiLetter(text[_at + word.Length])))
                {
                    _at += word.Length;
                    return true;
                }
            }

            return false;
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) && c is not ('且' or '或');

        private char Peek() => _at < text.Length ? text[_at] : '\0';

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
            {
                _at++;
            }
        }

        private string Rest() => text[_at..].Length > 20 ? text[_at..(_at + 20)] + "…" : text[_at..];

        private RuleSyntaxException Error(string message) => new($"第 {_at + 1} 个字符处：{message}。");
    }
}

internal sealed class RuleSyntaxException(string message) : Exception(message);
