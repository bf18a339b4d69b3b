using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Throughline.Web.Storage;

// Used only by the dotnet-ef tool to generate migrations (docs/postgresql.md); they never open a connection.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteThroughlineDb>
{
    public SqliteThroughlineDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteThroughlineDb>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresThroughlineDb>
{
    public PostgresThroughlineDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresThroughlineDb>().UseNpgsql("Host=localhost;Database=throughline").Options);
}
