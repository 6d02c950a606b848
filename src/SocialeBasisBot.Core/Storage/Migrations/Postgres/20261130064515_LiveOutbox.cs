using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SocialeBasisBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiveOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConversationReference",
                table: "Outbox",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "Outbox",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ConversationId_SentAt",
                table: "Outbox",
                columns: new[] { "ConversationId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_ConversationId_SentAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ConversationReference",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "Outbox");
        }
    }
}
