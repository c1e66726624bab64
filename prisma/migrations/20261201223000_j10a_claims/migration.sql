-- Statements count independent claims (lib/domain/claims.ts), so every stored verdict may change: the summaries
-- are emptied here and rebuilt from the figures by the next `db:prepare` (ensureSummaries runs when SourceSummary
-- is empty and figures exist).
ALTER TABLE "StatementSummary" ADD COLUMN "claimCount" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "StatementSummary" ADD COLUMN "transcriptionConflict" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "StatementSummary" ADD COLUMN "claimLines" TEXT NOT NULL DEFAULT '[]';
DELETE FROM "StatementSummary";
DELETE FROM "MetricYearSummary";
DELETE FROM "SourceSummary";
DELETE FROM "AttributionSummary";
