namespace SocialeBasisBot.Tests.Storage;

/// <summary>The answer batch on SQLite (EF Core).</summary>
public sealed class SqliteAnswerBatchTests(SqliteBackend backend) : AnswerBatchContractTests<SqliteBackend>(backend);
