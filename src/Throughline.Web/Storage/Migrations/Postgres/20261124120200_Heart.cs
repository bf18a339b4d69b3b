using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Throughline.Web.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Heart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PulseParticipations",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseParticipations", x => new { x.OrganizationId, x.Round, x.UserId });
                    table.ForeignKey(
                        name: "FK_PulseParticipations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PulseParticipations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseTallies",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Unit = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Dimension = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseTallies", x => new { x.OrganizationId, x.Round, x.Unit, x.Dimension, x.Score });
                    table.ForeignKey(
                        name: "FK_PulseTallies_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PulseParticipations_UserId",
                table: "PulseParticipations",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PulseParticipations");

            migrationBuilder.DropTable(
                name: "PulseTallies");
        }
    }
}
