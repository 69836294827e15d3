using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Runtime;

/// <summary>
/// Parsed definitions by id. Only versions that left the draft stage are cached: their bodies never change, so an entry
/// is never stale and every instance of the cluster may keep its own copy. Firing a step then reads no definition row.
/// </summary>
internal sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, CompiledDefinition> _compiled = new();

    public async Task<CompiledDefinition> GetAsync(PlatformDbContext db, Guid definitionId, CancellationToken cancellationToken)
    {
        if (_compiled.TryGetValue(definitionId, out var cached))
        {
            return cached;
        }

        var row = await db.Set<WorkflowDefinition>().AsNoTracking().SingleAsync(d => d.Id == definitionId, cancellationToken);
        return Add(row);
    }

    /// <summary>Every version that left the draft stage (the ones instances run on), reading the uncached ones in one query.</summary>
    public async Task<IReadOnlyList<CompiledDefinition>> AllInUseAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var ids = await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => d.Status != WorkflowDefinitionStatus.Draft).Select(d => d.Id).ToListAsync(cancellationToken);
        var missing = ids.Where(id => !_compiled.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var row in await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => missing.Contains(d.Id)).ToListAsync(cancellationToken))
            {
                Add(row);
            }
        }

        return ids.Select(id => _compiled[id]).ToList();
    }

    public CompiledDefinition Add(WorkflowDefinition row)
    {
        if (_compiled.TryGetValue(row.Id, out var cached))
        {
            return cached;
        }

        var (body, error) = WorkflowBodyJson.Parse(row.Body);
        var compiled = new CompiledDefinition(row.Id, row.Key, row.Version, body ?? throw new InvalidOperationException($"流程 {row.Key} v{row.Version}：{error}"));
        if (row.Status != WorkflowDefinitionStatus.Draft)
        {
            _compiled.TryAdd(row.Id, compiled);
        }

        return compiled;
    }
}
