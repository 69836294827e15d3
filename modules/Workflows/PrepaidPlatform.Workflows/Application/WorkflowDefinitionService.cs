using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>
/// Drafts, publication and JSON import/export of definitions. Saving a draft and publishing both validate; a published
/// version replaces the one before it for new instances only (the old one is retired, its instances run on).
/// </summary>
internal sealed class WorkflowDefinitionService(PlatformDbContext db, WorkflowDefinitionValidator validator, IClock clock)
{
    /// <param name="Located">The problems, each with the state or transition it is about (the designer marks them).</param>
    public sealed record Outcome(Guid? DefinitionId, int? Version, IReadOnlyList<DefinitionProblem> Located)
    {
        public IReadOnlyList<string> Problems => Located.Select(p => p.Message).ToList();

        public bool Succeeded => Located.Count == 0;

        public static Outcome Refused(params IEnumerable<string> problems) => new(null, null, problems.Select(p => new DefinitionProblem(p)).ToList());
    }

    /// <summary>
    /// Imports a JSON body as the draft of <paramref name="key"/> for the city (<see cref="WorkflowDefinition.City"/>) or a
    /// district: the next version, or the open draft replaced. The body must conform to the JSON schema and validate;
    /// otherwise nothing is saved.
    /// </summary>
    public async Task<Outcome> SaveDraftAsync(string key, Guid districtId, string json, CancellationToken cancellationToken = default)
    {
        var (body, problems) = Check(json, await OverrideOfAsync(key, districtId, cancellationToken));
        if (body is null || problems.Count > 0)
        {
            return new Outcome(null, null, problems);
        }

        var draft = await db.Set<WorkflowDefinition>()
            .SingleOrDefaultAsync(d => d.Key == key && d.DistrictId == districtId && d.Status == WorkflowDefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            var last = await db.Set<WorkflowDefinition>().Where(d => d.Key == key && d.DistrictId == districtId).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
            draft = new WorkflowDefinition(Guid.NewGuid(), key, districtId, last + 1, WorkflowBodyJson.Write(body), clock.UtcNow.UtcDateTime);
            db.Add(draft);
        }
        else
        {
            draft.ReplaceDraftBody(WorkflowBodyJson.Write(body));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(draft.Id, draft.Version, []);
    }

    /// <summary>
    /// Everything a body must pass to be saved, in order: well-formed JSON, the JSON schema (Chinese messages with the
    /// place, before the body model could refuse it in English), then the lifecycle rules. The body is returned whenever
    /// it could be read, so the designer can mark problems on it.
    /// </summary>
    /// <param name="district">For a district's draft (see <see cref="OverrideOfAsync"/>), the city's default it may not weaken.</param>
    public (WorkflowBody? Body, IReadOnlyList<DefinitionProblem> Problems) Check(string json, DistrictOverride? district)
    {
        IReadOnlyList<string> schemaProblems;
        try
        {
            schemaProblems = WorkflowBodySchema.Check(json);
        }
        catch (JsonException)
        {
            return (null, [new DefinitionProblem(WorkflowBodyJson.Parse(json).Error ?? "流程定义不是有效的 JSON。")]);
        }

        var (body, error) = WorkflowBodyJson.Parse(json);
        if (schemaProblems.Count > 0)
        {
            return (body, schemaProblems.Select(p => new DefinitionProblem(p)).ToList());
        }

        return body is null ? (null, [new DefinitionProblem(error!)]) : (body, validator.Locate(body, district));
    }

    /// <summary>Null for the city's own definitions; for a district, its override of the city's published default.</summary>
    public async Task<DistrictOverride?> OverrideOfAsync(string key, Guid scope, CancellationToken cancellationToken)
    {
        if (scope == WorkflowDefinition.City)
        {
            return null;
        }

        var city = await db.Set<WorkflowDefinition>().AsNoTracking()
            .Where(d => d.Key == key && d.DistrictId == WorkflowDefinition.City && d.Status == WorkflowDefinitionStatus.Published)
            .Select(d => d.Body).FirstOrDefaultAsync(cancellationToken);
        return new DistrictOverride(city is null ? null : WorkflowBodyJson.Parse(city).Body);
    }

    /// <summary>Validates the draft again (the registered guards and actions may have changed) and publishes it.</summary>
    public async Task<Outcome> PublishAsync(Guid definitionId, CancellationToken cancellationToken = default)
    {
        var draft = await db.Set<WorkflowDefinition>().SingleOrDefaultAsync(d => d.Id == definitionId, cancellationToken);
        if (draft is null || draft.Status != WorkflowDefinitionStatus.Draft)
        {
            return Outcome.Refused("只有草稿可以发布。");
        }

        var (body, error) = WorkflowBodyJson.Parse(draft.Body);
        var problems = body is null ? [new DefinitionProblem(error!)] : validator.Locate(body, await OverrideOfAsync(draft.Key, draft.DistrictId, cancellationToken));
        if (problems.Count > 0)
        {
            return new Outcome(draft.Id, draft.Version, problems);
        }

        var published = await db.Set<WorkflowDefinition>()
            .Where(d => d.Key == draft.Key && d.DistrictId == draft.DistrictId && d.Status == WorkflowDefinitionStatus.Published).ToListAsync(cancellationToken);
        published.ForEach(d => d.Retire());
        draft.Publish(clock.UtcNow.UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(draft.Id, draft.Version, []);
    }

    public async Task<Outcome> SaveAndPublishAsync(string key, Guid districtId, string json, CancellationToken cancellationToken = default)
    {
        var saved = await SaveDraftAsync(key, districtId, json, cancellationToken);
        return saved.Succeeded ? await PublishAsync(saved.DefinitionId!.Value, cancellationToken) : saved;
    }

    /// <summary>The body as a JSON file that names its schema (for import elsewhere).</summary>
    public async Task<string?> ExportAsync(Guid definitionId, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<WorkflowDefinition>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == definitionId, cancellationToken);
        return row is null ? null : WorkflowBodyJson.WithSchema(WorkflowBodyJson.Parse(row.Body).Body!);
    }
}
