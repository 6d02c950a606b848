using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialeBasisBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CorrectionAnchors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ByTeamsId",
                table: "ThemeCorrections",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetAnswerIds",
                table: "ThemeCorrections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ThemeAnswerIds",
                table: "ThemeCorrections",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ByTeamsId",
                table: "ThemeCorrections");

            migrationBuilder.DropColumn(
                name: "TargetAnswerIds",
                table: "ThemeCorrections");

            migrationBuilder.DropColumn(
                name: "ThemeAnswerIds",
                table: "ThemeCorrections");
        }
    }
}
