using Microsoft.EntityFrameworkCore.Migrations;
using PrepaidPlatform.Host.Migrations.Scripts;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.MySql
{
    /// <summary>
    /// The tables of Quartz.NET 4.7.3's persistent job store (QRTZ_*), from QuartzStore.MySql.sql. They have no EF
    /// model, so the snapshot does not change; the columns are the ones AdoJobStore reads and writes in 4.7.3.
    /// </summary>
    public partial class QuartzStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in MigrationScript.Statements("QuartzStore.MySql.sql"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
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
}
