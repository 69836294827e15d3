using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Designer;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Runtime;

namespace PrepaidPlatform.Workflows.Areas.Workflows.Pages.Designer;

/// <summary>
/// 流程设计: the X6 canvas of one lifecycle in the user's scope (city default or own district's override). The canvas
/// posts the whole body as JSON to validate, save the draft, publish or dry-run it; import takes a JSON file. Nothing is
/// saved unless the body passes the schema and every lifecycle rule.
/// </summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class EditModel(DesignerAccess access, DesignerQueries queries, WorkflowDefinitionService definitions, WorkflowStepCatalog catalog,
    PermissionDefinitionManager permissions, DryRun dryRun, IClock clock) : PageModel
{
    private const int MaxImportBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public DesignerQueries.Opened Opened { get; private set; } = null!;

    public IReadOnlyList<DesignerQueries.Version> Versions { get; private set; } = [];

    public bool IsCity { get; private set; }

    public IReadOnlyList<string> ImportProblems { get; private set; } = [];

    public string Local(DateTime? utc) => clock.Format(utc);

    /// <summary>The body the canvas starts from, as the designer's JSON.</summary>
    public string BodyJson => WorkflowBodyJson.Write(Opened.Body);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    /// <summary>The palette: the registered guards and actions with their parameter schema, and the permissions a transition may require.</summary>
    /// <summary>
    /// The registered guards, actions and permissions with their Chinese names, and the lists parameter values are chosen
    /// from (the statuses of <paramref name="subjectType"/>, the message templates): officials choose, never type codes.
    /// </summary>
    public IActionResult OnGetPalette(string? subjectType, [FromServices] WorkflowChoiceCatalog choiceCatalog)
    {
        if (access.Scope is null)
        {
            return Forbid();
        }

        static object Step(string name, string displayName, string description, IReadOnlyList<WorkflowParameter> parameters) => new
        {
            name,
            displayName,
            description,
            parameters = parameters.Select(p => new { p.Name, Type = p.Type.ToString(), p.Required, p.Description, p.AllowedValues, p.Label, p.ChoicesFrom, p.ValueLabels }),
        };

        static string[][] Pairs(IEnumerable<WorkflowChoice> choices) => choices.Select(c => new[] { c.Value, c.Label }).ToArray();

        var choices = choiceCatalog.For(subjectType ?? string.Empty).ToDictionary(l => l.Key, l => Pairs(l.Value), StringComparer.Ordinal);
        return new JsonResult(new
        {
            guards = catalog.Guards.OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => Step(g.Name, g.DisplayName, g.Description, g.Parameters)),
            actions = catalog.Actions.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => Step(a.Name, a.DisplayName, a.Description, a.Parameters)),
            permissions = permissions.All.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new { p.Name, p.DisplayName }),
            choices,
        }, Json);
    }

    public async Task<IActionResult> OnPostValidateAsync(CancellationToken cancellationToken) =>
        await InScopeAsync(async (scope, json) => Problems(definitions.Check(json, await definitions.OverrideOfAsync(Key, scope, cancellationToken)).Problems, null, null), cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) =>
        await InScopeAsync(async (scope, json) =>
        {
            var outcome = await definitions.SaveDraftAsync(Key, scope, json, cancellationToken);
            return Saved(outcome, $"已保存为草稿 v{outcome.Version}。");
        }, cancellationToken);

    /// <summary>Saves the canvas as the draft and publishes it: new instances use it, running ones stay on their version.</summary>
    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        await InScopeAsync(async (scope, json) =>
        {
            var outcome = await definitions.SaveAndPublishAsync(Key, scope, json, cancellationToken);
            return Saved(outcome, $"已发布 v{outcome.Version}，新办理的事项将使用此版本。");
        }, cancellationToken);

    /// <summary>Walks <c>{ "body": …, "triggers": [ … ] }</c> without running anything.</summary>
    public async Task<IActionResult> OnPostDryRunAsync(CancellationToken cancellationToken) =>
        await InScopeAsync(async (scope, json) =>
        {
            using var request = JsonDocument.Parse(json);
            if (request.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new KeyNotFoundException();
            }

            var triggers = request.RootElement.TryGetProperty("triggers", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList()
                : [];
            var (body, problems) = definitions.Check(request.RootElement.GetProperty("body").GetRawText(), await definitions.OverrideOfAsync(Key, scope, cancellationToken));
            return body is null || problems.Count > 0 ? Problems(problems, null, null) : new JsonResult(dryRun.Walk(body, triggers), Json);
        }, cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (file is null || file.Length == 0)
        {
            ImportProblems = ["请选择要导入的 JSON 文件。"];
            return Page();
        }

        if (file.Length > MaxImportBytes)
        {
            ImportProblems = ["导入的文件不能超过 1 MB。"];
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        var outcome = await definitions.SaveDraftAsync(Key, access.Scope!.Value, await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        if (!outcome.Succeeded)
        {
            ImportProblems = outcome.Problems;
            return Page();
        }

        TempData["Message"] = $"已导入为草稿 v{outcome.Version}，请检查后发布。";
        return RedirectToPage(new { key = Key, id = (Guid?)null });
    }

    /// <summary>Downloads one version of the scope as a JSON file that names its schema.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (access.Scope is not { } scope)
        {
            return Forbid();
        }

        var row = Id is { } id ? await queries.FindAsync(id, Key, scope, cancellationToken) : null;
        var json = row is null ? null : await definitions.ExportAsync(row.Id, cancellationToken);
        return json is null ? NotFound() : File(Encoding.UTF8.GetBytes(json), "application/json", $"{row!.Key}-v{row.Version}.json");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (access.Scope is not { } scope)
        {
            return Forbid();
        }

        var opened = await queries.KnownAsync(Key, cancellationToken) ? await queries.OpenAsync(Key, scope, Id, cancellationToken) : null;
        if (opened is null)
        {
            return NotFound();
        }

        (Opened, IsCity) = (opened, scope == WorkflowDefinition.City);
        Versions = await queries.VersionsAsync(Key, scope, cancellationToken);
        return null;
    }

    /// <summary>Runs a JSON handler for a known lifecycle in the user's scope; the request body is the JSON text.</summary>
    private async Task<IActionResult> InScopeAsync(Func<Guid, string, Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        if (access.Scope is not { } scope)
        {
            return Forbid();
        }

        if (!await queries.KnownAsync(Key, cancellationToken))
        {
            return NotFound();
        }

        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return await handle(scope, json);
        }
        catch (JsonException)
        {
            return Problems([new DefinitionProblem("请求不是有效的 JSON。")], null, null);
        }
        catch (KeyNotFoundException)
        {
            return Problems([new DefinitionProblem("请求缺少流程定义（body）。")], null, null);
        }
    }

    /// <summary>The page reloads after a save, so the message travels in TempData like every other confirmation.</summary>
    private JsonResult Saved(WorkflowDefinitionService.Outcome outcome, string message)
    {
        if (outcome.Succeeded)
        {
            TempData["Message"] = message;
        }

        return Problems(outcome.Located, outcome.Version, outcome.Succeeded ? message : null);
    }

    private static JsonResult Problems(IReadOnlyList<DefinitionProblem> problems, int? version, string? message) =>
        new(new { ok = problems.Count == 0, version, message, problems = problems.Select(p => new { p.Message, p.State, p.Transition }) }, Json);
}
