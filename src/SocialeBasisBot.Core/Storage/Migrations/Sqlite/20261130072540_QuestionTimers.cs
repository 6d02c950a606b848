using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialeBasisBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuestionTimers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosesAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindAt",
                table: "Sessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimerItemId",
                table: "Sessions",
                type: "TEXT",
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
