-- The schema the bot created with EnsureCreated before it had migrations (`dotnet ef dbcontext script` on that
-- model, sqlite), with a few rows, so the upgrade test starts from a database as the previous version left it.
CREATE TABLE "Answers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Answers" PRIMARY KEY AUTOINCREMENT,
    "SessionId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "ParticipantId" TEXT NOT NULL,
    "ParticipantName" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Choices" TEXT NULL,
    "SourceMessageId" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "EditedAt" INTEGER NULL,
    "RetractedAt" INTEGER NULL
);


CREATE TABLE "PostedCards" (
    "SessionId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "PostedAt" INTEGER NOT NULL,
    "ShownCount" INTEGER NOT NULL,
    CONSTRAINT "PK_PostedCards" PRIMARY KEY ("SessionId", "ItemId")
);


CREATE TABLE "ProcessedMessages" (
    "ConversationId" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "ProcessedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_ProcessedMessages" PRIMARY KEY ("ConversationId", "MessageId")
);


CREATE TABLE "Sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sessions" PRIMARY KEY,
    "ConversationId" TEXT NOT NULL,
    "ProgrammeId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "CurrentItemIndex" INTEGER NOT NULL,
    "OpenItemId" TEXT NULL,
    "StartedById" TEXT NOT NULL,
    "StartedByName" TEXT NOT NULL,
    "StartedAt" INTEGER NOT NULL,
    "EndedAt" INTEGER NULL,
    "ConversationReference" TEXT NULL
);


CREATE INDEX "IX_Answers_SessionId_ItemId" ON "Answers" ("SessionId", "ItemId");


CREATE UNIQUE INDEX "IX_Answers_SessionId_SourceMessageId" ON "Answers" ("SessionId", "SourceMessageId");


CREATE INDEX "IX_PostedCards_ActivityId" ON "PostedCards" ("ActivityId");


CREATE INDEX "IX_Sessions_ConversationId_State" ON "Sessions" ("ConversationId", "State");

INSERT INTO "Sessions" ("Id", "ConversationId", "ProgrammeId", "State", "CurrentItemIndex", "OpenItemId", "StartedById", "StartedByName", "StartedAt", "EndedAt", "ConversationReference")
VALUES ('old-session', '19:old@thread.v2', 'sociale-basis', 'Running', 3, 'q1', 'user-1', 'Deelnemer 1', 0, NULL, NULL);

INSERT INTO "Answers" ("SessionId", "ItemId", "ParticipantId", "ParticipantName", "Text", "Choices", "SourceMessageId", "Source", "ReceivedAt", "EditedAt", "RetractedAt")
VALUES ('old-session', 'q1', 'user-2', 'Deelnemer 2', 'Minder vrijwilligers in de wijk', NULL, 'm-1', 'Chat', 0, NULL, NULL),
       ('old-session', 'q1', 'user-3', 'Deelnemer 3', 'Het buurthuis is vaker dicht', NULL, 'm-2', 'Chat', 0, NULL, NULL);

INSERT INTO "PostedCards" ("SessionId", "ItemId", "ActivityId", "PostedAt", "ShownCount")
VALUES ('old-session', 'q1', 'activity-q1', 0, 2);

INSERT INTO "ProcessedMessages" ("ConversationId", "MessageId", "ProcessedAt")
VALUES ('19:old@thread.v2', 'm-1', 0);
