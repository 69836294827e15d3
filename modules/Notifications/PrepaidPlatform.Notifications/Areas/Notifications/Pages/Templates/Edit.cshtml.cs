using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Notifications.Application;

namespace PrepaidPlatform.Notifications.Areas.Notifications.Pages.Templates;

/// <summary>Edits one template with a preview on sample values; an unknown placeholder is refused with a message that lists the known ones.</summary>
[Authorize(Policy = NotificationPermissions.TemplatesManage)]
internal sealed class EditModel(TemplateService templates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = string.Empty;

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public TemplateDefinition Definition { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var template = TemplateCatalog.Find(Key) is null ? null : await templates.FindAsync(Key, cancellationToken);
        if (template is null)
        {
            return NotFound();
        }

        Definition = TemplateCatalog.Find(Key)!;
        Title = template.Title;
        Body = template.Body;
        return Page();
    }

    /// <summary>Shows the preview of the submitted wording without saving (the page's script previews as one types).</summary>
    public IActionResult OnPostPreview()
    {
        if (TemplateCatalog.Find(Key) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        AddErrors(TemplateService.Validate(definition, Title, Body));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (TemplateCatalog.Find(Key) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        var errors = await templates.SaveAsync(Key, Title, Body, cancellationToken);
        if (errors.Count > 0)
        {
            AddErrors(errors);
            return Page();
        }

        TempData["Message"] = $"已保存模板“{definition.Name}”。";
        return RedirectToPage("Index");
    }

    /// <summary>The text with sample values, or <c>null</c> while it has an unknown placeholder.</summary>
    public string? Preview(string? text) =>
        string.IsNullOrEmpty(text) || TemplateText.UnknownPlaceholders(text, Definition).Count > 0
            ? null
            : TemplateText.Render(text, TemplateText.Samples(Definition), Key);

    public string SamplesJson => System.Text.Json.JsonSerializer.Serialize(TemplateText.Samples(Definition));

    private void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
