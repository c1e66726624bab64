-- AlterTable
ALTER TABLE "Source" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'full';
ALTER TABLE "Source" ADD COLUMN "urlKey" TEXT;

-- CreateIndex
CREATE INDEX "Source_urlKey_idx" ON "Source"("urlKey");
