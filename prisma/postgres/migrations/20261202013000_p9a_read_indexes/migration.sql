-- Indexes in the order readers' pages read (issue 9; measured in the schema's comments): the table's orders within
-- a review status, a compare key's figures newest first, visible sources without reading their texts, and the
-- summaries' annual series and per-key sums.

-- CreateIndex
CREATE INDEX "Source_withdrawnAt_idx" ON "Source"("withdrawnAt");

-- CreateIndex
CREATE INDEX "Figure_reviewStatus_deletedAt_asOf_id_idx" ON "Figure"("reviewStatus", "deletedAt", "asOf", "id");

-- CreateIndex
CREATE INDEX "Figure_reviewStatus_deletedAt_value_id_idx" ON "Figure"("reviewStatus", "deletedAt", "value", "id");

-- CreateIndex
CREATE INDEX "Figure_metricKey_reviewStatus_deletedAt_asOf_id_idx" ON "Figure"("metricKey", "reviewStatus", "deletedAt", "asOf", "id");

-- CreateIndex
CREATE INDEX "Figure_comparisonKey_reviewStatus_deletedAt_asOf_id_idx" ON "Figure"("comparisonKey", "reviewStatus", "deletedAt", "asOf", "id");

-- CreateIndex
CREATE INDEX "StatementSummary_view_metricKey_cumulative_endYear_idx" ON "StatementSummary"("view", "metricKey", "cumulative", "endYear");

-- CreateIndex
CREATE INDEX "StatementSummary_view_comparisonKey_figureCount_idx" ON "StatementSummary"("view", "comparisonKey", "figureCount");
