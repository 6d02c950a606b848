using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialeBasisBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganiserAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChatKind",
                table: "Sessions",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChatName",
                table: "Sessions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TenantId",
                table: "Sessions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_TenantId_StartedAt",
                table: "Sessions",
                columns: new[] { "TenantId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_TenantId_StartedAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "ChatKind",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "ChatName",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "Sessions");
        }
    }
}
