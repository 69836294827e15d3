using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// The CJK typeface the filing documents (备案回执, 备案码物料) are drawn with and embed: a PDF or poster whose Chinese is
/// missing would be worthless, so a typeface counts only if it has the glyphs of the documents' headings. Looked up on
/// first use and kept for the life of the process (one per application: register it as a singleton).
/// </summary>
internal sealed class ChineseFont
{
    /// <summary>The setting that names a font file (TTF/OTF/TTC) to use before anything else.</summary>
    public const string FontPathSetting = "Filing:Documents:FontPath";

    /// <summary>Where Debian's <c>fonts-wqy-microhei</c> puts its font; test.sh installs that package.</summary>
    public const string DebianWqyMicroHei = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    // A font with a few stray CJK glyphs (some Latin fonts have 中) must not pass: these are the headings' characters.
    private const string Probe = "单用途商业预付卡备案回执码";

    private readonly string? configuredPath;
    private readonly IReadOnlyList<string> knownPaths;
    private readonly Func<SKTypeface?> systemMatch;
    private readonly Lock gate = new();
    private volatile SKTypeface? typeface;
    private TrueTypeSubsetter? subsetter;

    /// <param name="configuredPath">The value of <see cref="FontPathSetting"/>, or null when not set.</param>
    public ChineseFont(string? configuredPath)
        : this(configuredPath, [DebianWqyMicroHei], () => SKFontManager.Default.MatchCharacter('中'))
    {
    }

    /// <summary>The fallback chain spelled out, so a test can stand in for a machine without fonts.</summary>
    internal ChineseFont(string? configuredPath, IReadOnlyList<string> knownPaths, Func<SKTypeface?> systemMatch)
    {
        this.configuredPath = string.IsNullOrWhiteSpace(configuredPath) ? null : configuredPath;
        this.knownPaths = knownPaths;
        this.systemMatch = systemMatch;
    }

    /// <summary>Where the typeface came from (a file path, or "system: family"), for logs.</summary>
    public string? Source { get; private set; }

    /// <summary>The typeface; the first call looks it up, later calls (from any thread) get the same instance.</summary>
    /// <exception cref="InvalidOperationException">No CJK font anywhere in the chain; the message says what to install.</exception>
    public SKTypeface Typeface
    {
        get
        {
            if (typeface is { } loaded)
            {
                return loaded;
            }

            // A failed lookup is not remembered: once the font is installed, the next document succeeds without a restart.
            lock (gate)
            {
                return typeface ??= Load();
            }
        }
    }

    /// <summary>
    /// A typeface with only the outlines <paramref name="text"/> needs, to embed in a PDF (see <see cref="TrueTypeSubsetter"/>);
    /// it measures exactly as <see cref="Typeface"/>. Null when the font has no TrueType outlines: use <see cref="Typeface"/>.
    /// </summary>
    /// <remarks>The caller owns (disposes) the returned typeface.</remarks>
    public SKTypeface? SubsetFor(string text)
    {
        var full = Typeface;
        if (subsetter is null)
        {
            return null;
        }

        using var font = new SKFont(full);
        using var data = SKData.CreateCopy(subsetter.Subset(font.GetGlyphs(text)));
        return SKTypeface.FromData(data);
    }

    private SKTypeface Load()
    {
        var tried = new List<string>();
        foreach (var path in configuredPath is null ? knownPaths : [configuredPath, .. knownPaths])
        {
            tried.Add(path);
            if (File.Exists(path) && Accept(SKTypeface.FromFile(path)) is { } fromFile)
            {
                Source = path;
                subsetter = TrueTypeSubsetter.TryCreate(fromFile);
                return fromFile;
            }
        }

        tried.Add("系统字体");
        if (Accept(systemMatch()) is { } system)
        {
            Source = "system: " + system.FamilyName;
            subsetter = TrueTypeSubsetter.TryCreate(system);
            return system;
        }

        throw new InvalidOperationException(
            $"未找到可用的中文字体，无法生成备案回执和备案码物料（已查找：{string.Join("、", tried)}）。" +
            $"请安装 Debian 软件包 fonts-wqy-microhei（apt-get install fonts-wqy-microhei），或在设置 {FontPathSetting} 中指定中文字体文件的路径。");
    }

    private static SKTypeface? Accept(SKTypeface? candidate)
    {
        if (candidate is null)
        {
            return null;
        }

        if (candidate.ContainsGlyphs(Probe))
        {
            return candidate;
        }

        candidate.Dispose();
        return null;
    }
}
