using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PrepaidPlatform.Host.Migrations.MySql
{
    /// <inheritdoc />
    public partial class WorkflowOps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "After",
                table: "Wf_Timers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StartedAtUtc",
                table: "Wf_Timers",
                type: "datetime(6)",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Unit",
                table: "Wf_Timers",
                type: "int",
                nullable: true);

            // Timers written before this migration started with their state: their span begins at the state's entry.
            migrationBuilder.Sql("UPDATE Wf_Timers SET StartedAtUtc = (SELECT i.StateEnteredAtUtc FROM Wf_Instances i WHERE i.Id = Wf_Timers.InstanceId);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "After",
                table: "Wf_Timers");

            migrationBuilder.DropColumn(
                name: "StartedAtUtc",
                table: "Wf_Timers");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "Wf_Timers");
        }
    }
}
