using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Notifications.Application;

/// <summary>
/// Reads, renders and (for the city) edits the message templates. A template is read once per unit of work: a bank's
/// batch that turns sixty operators short renders the same 存管不足 template for sixty messages and sixty SMS (each SMS
/// twice, with and without its secret values), and read it 180 times (issue 12 · Speed). Saving a template here drops
/// it, so a save and a message in one unit of work use the new wording.
/// </summary>
internal sealed class TemplateService(PlatformDbContext db, IClock clock)
{
    private readonly Dictionary<string, NotificationTemplate?> _read = new(StringComparer.Ordinal);

    internal sealed record Rendered(string Title, string Body);

    public async Task<IReadOnlyList<NotificationTemplate>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<NotificationTemplate>().AsNoTracking().ToListAsync(cancellationToken);
        // The catalog's order: the manual's order of events.
        return TemplateCatalog.All.Select(d => rows.FirstOrDefault(r => r.Key == d.Key)).OfType<NotificationTemplate>().ToList();
    }

    public async Task<NotificationTemplate?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue(key, out var template))
        {
            template = await db.Set<NotificationTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
            _read[key] = template;
        }

        return template;
    }

    public async Task<Rendered> RenderAsync(string key, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var template = await FindAsync(key, cancellationToken) ?? throw new UnknownTemplateException(key);
        return new Rendered(TemplateText.Render(template.Title, parameters, key), TemplateText.Render(template.Body, parameters, key));
    }

    /// <summary>Checks a wording against its event's placeholders; the errors are Chinese, by field.</summary>
    public static Dictionary<string, string> Validate(TemplateDefinition definition, string? title, string? body)
    {
        var errors = new Dictionary<string, string>();
        Check("Title", "标题", title, 128);
        Check("Body", "内容", body, 500);
        return errors;

        void Check(string field, string label, string? text, int maxLength)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors[field] = $"请填写{label}。";
                return;
            }

            if (text.Length > maxLength)
            {
                errors[field] = $"{label}不能超过{maxLength}个字。";
                return;
            }

            var unknown = TemplateText.UnknownPlaceholders(text, definition);
            if (unknown.Count > 0)
            {
                var offered = string.Join("、", definition.Placeholders.Select(p => $"{{{p.Name}}}（{p.Label}）"));
                errors[field] = $"{label}中有未知的占位符：{string.Join("、", unknown.Select(u => $"{{{u}}}"))}。本模板可用的占位符：{offered}。";
            }
        }
    }

    /// <returns>The errors by field; empty when saved.</returns>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(string key, string? title, string? body, CancellationToken cancellationToken)
    {
        var definition = TemplateCatalog.Find(key) ?? throw new UnknownTemplateException(key);
        var errors = Validate(definition, title, body);
        if (errors.Count > 0)
        {
            return errors;
        }

        var template = await db.Set<NotificationTemplate>().SingleAsync(t => t.Key == key, cancellationToken);
        template.Change(title!.Trim(), body!.Trim(), clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        _read.Remove(key);
        return errors;
    }

    /// <summary>Adds the templates that are missing; the wording the city has edited is kept.</summary>
    public static async Task SeedAsync(PlatformDbContext db, IClock clock, CancellationToken cancellationToken)
    {
        var existing = await db.Set<NotificationTemplate>().Select(t => t.Key).ToListAsync(cancellationToken);
        var now = clock.UtcNow.UtcDateTime;
        foreach (var definition in TemplateCatalog.All.Where(d => !existing.Contains(d.Key)))
        {
            db.Set<NotificationTemplate>().Add(new NotificationTemplate(definition.Key, definition.DefaultTitle, definition.DefaultBody, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
