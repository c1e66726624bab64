-- CreateTable
CREATE TABLE "StatementSummary" (
    "id" SERIAL NOT NULL,
    "view" TEXT NOT NULL,
    "comparisonKey" TEXT NOT NULL,
    "statementIndex" INTEGER NOT NULL,
    "metricKey" TEXT NOT NULL,
    "cumulative" BOOLEAN NOT NULL,
    "scope" TEXT,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "asOf" TEXT,
    "lastAsOf" TEXT,
    "figureCount" INTEGER NOT NULL,
    "sourceCount" INTEGER NOT NULL,
    "pendingCount" INTEGER NOT NULL,
    "minValue" INTEGER NOT NULL,
    "maxValue" INTEGER NOT NULL,
    "widestLower" INTEGER,
    "widestUpper" INTEGER,
    "tightestLower" INTEGER,
    "tightestUpper" INTEGER,
    "verdict" TEXT NOT NULL,
    "firstFigureId" INTEGER NOT NULL,

    CONSTRAINT "StatementSummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetricYearSummary" (
    "id" SERIAL NOT NULL,
    "view" TEXT NOT NULL,
    "metricKey" TEXT NOT NULL,
    "year" INTEGER,
    "figureCount" INTEGER NOT NULL,
    "minStartYear" INTEGER,
    "maxStartYear" INTEGER,
    "maxEndYear" INTEGER,

    CONSTRAINT "MetricYearSummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceSummary" (
    "sourceId" INTEGER NOT NULL,
    "figureCount" INTEGER NOT NULL,
    "pendingCount" INTEGER NOT NULL,

    CONSTRAINT "SourceSummary_pkey" PRIMARY KEY ("sourceId")
);

-- CreateTable
CREATE TABLE "AttributionSummary" (
    "attributedTo" TEXT NOT NULL,
    "figureCount" INTEGER NOT NULL,

    CONSTRAINT "AttributionSummary_pkey" PRIMARY KEY ("attributedTo")
);

-- CreateIndex
CREATE INDEX "StatementSummary_view_metricKey_cumulative_asOf_idx" ON "StatementSummary"("view", "metricKey", "cumulative", "asOf");

-- CreateIndex
CREATE INDEX "StatementSummary_comparisonKey_idx" ON "StatementSummary"("comparisonKey");

-- CreateIndex
CREATE INDEX "MetricYearSummary_view_metricKey_year_idx" ON "MetricYearSummary"("view", "metricKey", "year");


-- CreateIndex
CREATE INDEX "Figure_value_idx" ON "Figure"("value");

-- CreateIndex
CREATE INDEX "Figure_comparisonKey_asOf_idx" ON "Figure"("comparisonKey", "asOf");
