-- The visible sources newest first (/sources) read in index order instead of sorted whole for every page (9 ms of
-- SQL at 1,000,000 figures); it also answers "sources not withdrawn", so the single-column index goes.

-- DropIndex
DROP INDEX "Source_withdrawnAt_idx";

-- CreateIndex
CREATE INDEX "Source_withdrawnAt_publishedAt_id_idx" ON "Source"("withdrawnAt", "publishedAt" DESC, "id");
