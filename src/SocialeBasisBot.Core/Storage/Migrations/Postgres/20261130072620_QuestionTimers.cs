using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialeBasisBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuestionTimers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosesAt",
                table: "Sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RemindAt",
                table: "Sessions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimerItemId",
                table: "Sessions",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosesAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "RemindAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "TimerItemId",
                table: "Sessions");
        }
    }
}
