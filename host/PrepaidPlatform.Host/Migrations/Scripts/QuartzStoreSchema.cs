using Microsoft.EntityFrameworkCore.Migrations;

namespace PrepaidPlatform.Host.Migrations.Scripts;

/// <summary>
/// The tables of Quartz.NET 4.7.3's persistent job store (QRTZ_*), from QuartzStore.{provider}.sql. They have no EF model,
/// so no generated migration creates them: each provider's Initial migration calls these by hand, and a squash of the
/// migrations (ADR 0002) must call them again from the new Initial.
/// </summary>
internal static class QuartzStoreSchema
{
    public static void Create(MigrationBuilder migrationBuilder, string provider)
    {
        foreach (var statement in MigrationScript.Statements($"QuartzStore.{provider}.sql"))
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        // Children before the tables they reference.
        string[] tables =
        [
            "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_TRIGGERS",
            "QRTZ_JOB_DETAILS", "QRTZ_CALENDARS", "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_PAUSED_JOB_GRPS", "QRTZ_FIRED_TRIGGERS",
            "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS",
        ];
        foreach (var table in tables)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
