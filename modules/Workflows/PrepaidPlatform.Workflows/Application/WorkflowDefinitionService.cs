using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>
/// Drafts, publication and JSON import/export of definitions. Saving a draft and publishing both validate; a published
/// version replaces the one before it for new instances only (the old one is retired, its instances run on).
/// </summary>
internal sealed class WorkflowDefinitionService(PlatformDbContext db, WorkflowDefinitionValidator validator, TimeProvider clock)
{
    public sealed record Outcome(Guid? DefinitionId, int? Version, IReadOnlyList<string> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    /// <summary>Imports a JSON body as the next draft version of <paramref name="key"/> for the city (<see cref="WorkflowDefinition.City"/>) or a district.</summary>
    public async Task<Outcome> SaveDraftAsync(string key, Guid districtId, string json, CancellationToken cancellationToken = default)
    {
        var (body, error) = WorkflowBodyJson.Parse(json);
        if (body is null)
        {
            return new Outcome(null, null, [error!]);
        }

        var problems = validator.Validate(body);
        if (problems.Count > 0)
        {
            return new Outcome(null, null, problems);
        }

        var draft = await db.Set<WorkflowDefinition>()
            .SingleOrDefaultAsync(d => d.Key == key && d.DistrictId == districtId && d.Status == WorkflowDefinitionStatus.Draft, cancellationToken);
        if (draft is null)
        {
            var last = await db.Set<WorkflowDefinition>().Where(d => d.Key == key && d.DistrictId == districtId).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
            draft = new WorkflowDefinition(Guid.NewGuid(), key, districtId, last + 1, WorkflowBodyJson.Write(body), clock.GetUtcNow().UtcDateTime);
            db.Add(draft);
        }
        else
        {
            draft.ReplaceDraftBody(WorkflowBodyJson.Write(body));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(draft.Id, draft.Version, []);
    }

    /// <summary>Validates the draft again (the registered guards and actions may have changed) and publishes it.</summary>
    public async Task<Outcome> PublishAsync(Guid definitionId, CancellationToken cancellationToken = default)
    {
        var draft = await db.Set<WorkflowDefinition>().SingleOrDefaultAsync(d => d.Id == definitionId, cancellationToken);
        if (draft is null || draft.Status != WorkflowDefinitionStatus.Draft)
        {
            return new Outcome(null, null, ["只有草稿可以发布。"]);
        }

        var (body, error) = WorkflowBodyJson.Parse(draft.Body);
        var problems = body is null ? [error!] : validator.Validate(body);
        if (problems.Count > 0)
        {
            return new Outcome(draft.Id, draft.Version, problems);
        }

        var published = await db.Set<WorkflowDefinition>()
            .Where(d => d.Key == draft.Key && d.DistrictId == draft.DistrictId && d.Status == WorkflowDefinitionStatus.Published).ToListAsync(cancellationToken);
        published.ForEach(d => d.Retire());
        draft.Publish(clock.GetUtcNow().UtcDateTime);
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
