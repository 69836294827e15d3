using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
}
