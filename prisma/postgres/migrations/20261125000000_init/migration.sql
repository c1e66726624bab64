-- CreateTable
CREATE TABLE "Metric" (
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fileName" TEXT,
    "title" TEXT,
    "headline" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "publishedAt" TEXT,
    "format" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "bodyStart" INTEGER NOT NULL,
    "bodyEnd" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "metricKey" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "valueText" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL,
    "lower" INTEGER,
    "upper" INTEGER,
    "lowerInclusive" BOOLEAN NOT NULL,
    "upperInclusive" BOOLEAN NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "periodStartYear" INTEGER,
    "periodEndYear" INTEGER,
    "cumulative" BOOLEAN NOT NULL,
    "asOf" TEXT,
    "scope" TEXT,
    "geography" TEXT NOT NULL DEFAULT 'MA',
    "attributedTo" TEXT,
    "citedReport" TEXT,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "quotePrefix" TEXT NOT NULL,
    "quoteSuffix" TEXT NOT NULL,
    "flags" TEXT NOT NULL DEFAULT '',
    "reviewStatus" TEXT NOT NULL DEFAULT 'pending',
    "origin" TEXT NOT NULL DEFAULT 'extracted',
    "comparisonKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_publishedAt_idx" ON "Source"("publishedAt");

-- CreateIndex
CREATE INDEX "Source_outlet_idx" ON "Source"("outlet");

-- CreateIndex
CREATE INDEX "Figure_metricKey_periodEndYear_idx" ON "Figure"("metricKey", "periodEndYear");

-- CreateIndex
CREATE INDEX "Figure_sourceId_reviewStatus_deletedAt_idx" ON "Figure"("sourceId", "reviewStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "Figure_reviewStatus_deletedAt_idx" ON "Figure"("reviewStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "Figure_attributedTo_reviewStatus_deletedAt_idx" ON "Figure"("attributedTo", "reviewStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "Figure_comparisonKey_reviewStatus_deletedAt_idx" ON "Figure"("comparisonKey", "reviewStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "Figure_metricKey_comparisonKey_reviewStatus_deletedAt_idx" ON "Figure"("metricKey", "comparisonKey", "reviewStatus", "deletedAt");

-- CreateIndex
CREATE INDEX "Figure_asOf_idx" ON "Figure"("asOf");

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_metricKey_fkey" FOREIGN KEY ("metricKey") REFERENCES "Metric"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

