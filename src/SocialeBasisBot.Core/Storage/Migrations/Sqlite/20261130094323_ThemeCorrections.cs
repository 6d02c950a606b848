using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialeBasisBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ThemeCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "QuotedMessageId",
                table: "Answers",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PostedSummaries",
                columns: table => new
                {
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostedSummaries", x => new { x.SessionId, x.ItemId });
                });

            migrationBuilder.CreateTable(
                name: "ThemeCorrections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ThemeId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    TargetThemeId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AnswerId = table.Column<long>(type: "INTEGER", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ById = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeCorrections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ThemeCorrections_SessionId_ItemId_Id",
                table: "ThemeCorrections",
                columns: new[] { "SessionId", "ItemId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PostedSummaries");

            migrationBuilder.DropTable(
                name: "ThemeCorrections");

            migrationBuilder.DropColumn(
                name: "QuotedMessageId",
                table: "Answers");
        }
    }
}
