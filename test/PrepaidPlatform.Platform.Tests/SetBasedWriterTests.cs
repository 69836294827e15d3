using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>
/// The kernel's set-based writer that the machine APIs' batches use (issue 12 · Speed): thousands of rows over several
/// commands, each provider's form of the keyed update, nothing but the named rows and columns changed; quotes, backslashes
/// and braces arrive as written (MariaDB gets literals, SQLite parameters).
/// </summary>
public sealed class SetBasedWriterTests(ConfiguredPlatformFactory factory) : IClassFixture<ConfiguredPlatformFactory>
{
    [Fact]
    public async Task Rows_inserted_and_updated_over_several_commands_keep_every_other_row_and_column_as_it_was()
    {
        var prefix = "test.setbased." + Guid.NewGuid().ToString("N")[..8] + ".";
        var rows = Enumerable.Range(0, 2_500)
            .Select(i => new SettingValue(Guid.NewGuid(), $"{prefix}{i:D4}", SettingValue.CityProvider, SettingValue.CityKey, $"原值{{{i}}}"))
            .ToList();

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.InTransactionAsync(async () =>
            {
                var writer = new SetBasedWriter(db);
                await writer.InsertAsync(rows, CancellationToken.None);
                // Every other row, past the first chunk's end: the update crosses its own chunks too.
                var changed = rows.Where((_, i) => i % 2 == 0).ToList();
                foreach (var row in changed)
                {
                    row.Value = "新值 'quoted' \\ {0} {{x}} " + row.Name;
                }

                await writer.UpdateAsync(changed, [nameof(SettingValue.Value)], CancellationToken.None);
                return 0;
            }, _ => true, CancellationToken.None);
        });

        var stored = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<SettingValue>().AsNoTracking()
            .Where(v => v.Name.StartsWith(prefix)).ToDictionaryAsync(v => v.Name));
        stored.Count.ShouldBe(2_500);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = stored[$"{prefix}{i:D4}"];
            row.Value.ShouldBe(i % 2 == 0 ? "新值 'quoted' \\ {0} {{x}} " + row.Name : $"原值{{{i}}}");
            (row.ProviderName, row.ProviderKey).ShouldBe((SettingValue.CityProvider, SettingValue.CityKey));
        }
    }

    [Fact]
    public async Task An_update_takes_each_rows_values_whatever_the_first_rows_type_a_null_short_or_long_text()
    {
        // The new values travel as one table value constructor on MariaDB (SQLite's VALUES too): its columns must take the
        // type of all its rows, not of the first one, which here is NULL and a one-character text.
        var prefix = "test.setbased.types." + Guid.NewGuid().ToString("N")[..8] + ".";
        var rows = Enumerable.Range(0, 3).Select(i => new SettingValue(Guid.NewGuid(), $"{prefix}{i}", SettingValue.CityProvider, "旧键", "原值")).ToList();
        var longValue = "长'文本\\" + new string('值', 1_990);
        var changed = new[]
        {
            new SettingValue(rows[0].Id, rows[0].Name, SettingValue.CityProvider, null, "短"),
            new SettingValue(rows[1].Id, rows[1].Name, SettingValue.CityProvider, "区" + new string('k', 63), longValue),
            new SettingValue(rows[2].Id, rows[2].Name, SettingValue.CityProvider, "", ""),
        };

        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.InTransactionAsync(async () =>
            {
                var writer = new SetBasedWriter(db);
                await writer.InsertAsync(rows, CancellationToken.None);
                await writer.UpdateAsync(changed, [nameof(SettingValue.ProviderKey), nameof(SettingValue.Value)], CancellationToken.None);
                return 0;
            }, _ => true, CancellationToken.None);
        });

        var stored = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<SettingValue>().AsNoTracking()
            .Where(v => v.Name.StartsWith(prefix)).ToDictionaryAsync(v => v.Name));
        (stored[rows[0].Name].ProviderKey, stored[rows[0].Name].Value).ShouldBe(((string?)null, "短"));
        (stored[rows[1].Name].ProviderKey, stored[rows[1].Name].Value).ShouldBe(("区" + new string('k', 63), longValue));
        (stored[rows[2].Name].ProviderKey, stored[rows[2].Name].Value).ShouldBe(("", ""));
    }

    [Fact]
    public async Task An_audited_insert_writes_the_record_a_save_writes_one_a_row_on_the_days_chain_which_stays_intact()
    {
        var prefix = "test.setbased.audited." + Guid.NewGuid().ToString("N")[..8] + ".";
        var saved = new SettingValue(Guid.NewGuid(), prefix + "saved", SettingValue.CityProvider, SettingValue.CityKey, "原值 'q' {0}");
        // More records than one command takes (1,000 a command): the chain runs on across the commands.
        var written = Enumerable.Range(0, 1_200)
            .Select(i => new SettingValue(Guid.NewGuid(), $"{prefix}{i:D4}", SettingValue.CityProvider, SettingValue.CityKey, "原值 'q' {0}")).ToList();
        var after = new SettingValue(Guid.NewGuid(), prefix + "after", SettingValue.CityProvider, SettingValue.CityKey, "原值 'q' {0}");

        var outside = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Add(saved);
            await db.SaveChangesAsync();
            // Without a transaction the rows would be written without their audit: refused, nothing written.
            var refused = await Should.ThrowAsync<InvalidOperationException>(() => new SetBasedWriter(db).InsertAuditedAsync(
                [new SettingValue(Guid.NewGuid(), prefix + "refused", SettingValue.CityProvider, SettingValue.CityKey, "x")], CancellationToken.None));
            await db.InTransactionAsync(async () =>
            {
                await new SetBasedWriter(db).InsertAuditedAsync(written, CancellationToken.None);
                // A save in the same transaction links on after the set-based rows.
                db.Add(after);
                await db.SaveChangesAsync();
                return 0;
            }, _ => true, CancellationToken.None);
            return refused;
        });
        outside.ShouldNotBeNull();

        var (records, stored, report) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var ids = written.Select(r => r.Id.ToString()).Append(saved.Id.ToString()).Append(after.Id.ToString()).ToList();
            var records = await db.Set<EntityChangeRecord>().IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.EntityType == nameof(SettingValue) && ids.Contains(r.EntityId)).OrderBy(r => r.ChainSequence).ToListAsync();
            var stored = await db.Set<SettingValue>().AsNoTracking().CountAsync(v => v.Name.StartsWith(prefix));
            var report = await new AuditChainVerifier(db).VerifyDayAsync(records[^1].ChainDay, CancellationToken.None);
            return (records, stored, report);
        });

        stored.ShouldBe(1_202);
        records.Count.ShouldBe(1_202);
        report.Intact.ShouldBeTrue(report.Describe());
        // The set-based rows' records come in the rows' order, one sequence after the other, before the save that followed.
        var byId = records.ToDictionary(r => r.EntityId);
        written.Select(r => byId[r.Id.ToString()].ChainSequence).ShouldBe(Enumerable.Range(0, 1_200).Select(i => byId[written[0].Id.ToString()].ChainSequence + i));
        byId[after.Id.ToString()].ChainSequence.ShouldBeGreaterThan(byId[written[^1].Id.ToString()].ChainSequence);
        // Each is the record a save writes for the same row: kind, who, district, and the properties old → new, the id as its key.
        var expected = byId[saved.Id.ToString()];
        foreach (var row in written.Take(3))
        {
            var record = byId[row.Id.ToString()];
            (record.ChangeKind, record.UserId, record.UserName, record.TenantId).ShouldBe((expected.ChangeKind, expected.UserId, expected.UserName, expected.TenantId));
            record.PropertyChanges.ShouldBe(expected.PropertyChanges.Replace(saved.Id.ToString(), row.Id.ToString()).Replace(saved.Name, row.Name));
        }
    }
}
