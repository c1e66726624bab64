-- Workspace: corrections with optimistic concurrency, source details (public or not, withdrawn), field-by-field history.
-- Columns are added in place (SQLite supports ADD COLUMN with a constant default), so existing rows keep their ids.
ALTER TABLE "Source" ADD COLUMN "isPublic" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Source" ADD COLUMN "withdrawnAt" DATETIME;
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Figure" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "FigureChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "figureId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "actor" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FigureChange_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "Figure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "actor" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);


-- CreateIndex
CREATE INDEX "FigureChange_figureId_createdAt_idx" ON "FigureChange"("figureId", "createdAt");

-- CreateIndex
CREATE INDEX "SourceChange_sourceId_createdAt_idx" ON "SourceChange"("sourceId", "createdAt");

