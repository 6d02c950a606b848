using SocialeBasisBot.Tests.Storage;

namespace SocialeBasisBot.Tests.Corrections;

public sealed class PostgresCorrectionStorageTests(PostgresBackend backend) : CorrectionStorageTests<PostgresBackend>(backend);
