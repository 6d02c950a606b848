using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialeBasisBot.Storage.Migrations.Postgres
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
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<List<long>>(
                name: "TargetAnswerIds",
                table: "ThemeCorrections",
                type: "bigint[]",
                nullable: true);

            migrationBuilder.AddColumn<List<long>>(
                name: "ThemeAnswerIds",
                table: "ThemeCorrections",
                type: "bigint[]",
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
