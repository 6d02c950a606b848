using SocialeBasisBot.Tests.Storage;

namespace SocialeBasisBot.Tests.Corrections;

public sealed class SqliteCorrectionStorageTests(SqliteBackend backend) : CorrectionStorageTests<SqliteBackend>(backend);
