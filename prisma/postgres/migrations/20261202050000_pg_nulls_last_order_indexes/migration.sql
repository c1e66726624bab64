-- PostgreSQL only, kept outside the Prisma schema (Prisma cannot declare NULLS LAST or a partial index): the
-- readers' "newest first, unknown dates last" orders in an index that returns them as they are asked for.
-- The indexes of 20261202013000_p9a_read_indexes serve these orders on SQLite but not here, for two reasons:
-- PostgreSQL sorts NULL first in a descending index walk, so `"asOf" DESC NULLS LAST` (lib/data/order.ts) is never
-- an index order; and `"deletedAt" IS NULL` is not an equality for the planner, so an index with "deletedAt" before
-- "asOf" is not in "asOf" order for it. Each index below holds only what readers see ("deletedAt" IS NULL, or
-- "withdrawnAt" IS NULL) and then the order itself. Measured at 200,000 figures (bench:http, EXPLAIN ANALYZE):
-- the default table page 101 ms → 0.1 ms of SQL (it sorted the 141,000 reviewed figures for each page).

-- The table's default order, within a review status (/figures, the API).
CREATE INDEX "Figure_reviewStatus_asOf_nl_id_visible_idx" ON "Figure"("reviewStatus", "asOf" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;

-- The same within one metric (/figures?metric=…).
CREATE INDEX "Figure_metricKey_reviewStatus_asOf_nl_id_visible_idx" ON "Figure"("metricKey", "reviewStatus", "asOf" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;

-- A comparison key's figures newest first (compare, the figure page).
CREATE INDEX "Figure_comparisonKey_reviewStatus_asOf_nl_id_visible_idx" ON "Figure"("comparisonKey", "reviewStatus", "asOf" DESC NULLS LAST, "id" DESC) WHERE "deletedAt" IS NULL;

-- The overview's series: a metric's statements newest first, by end year (flows) or date (running totals).
CREATE INDEX "StatementSummary_view_metricKey_cumulative_endYear_nl_id_idx" ON "StatementSummary"("view", "metricKey", "cumulative", "endYear" DESC NULLS LAST, "id" DESC);
CREATE INDEX "StatementSummary_view_metricKey_cumulative_asOf_nl_id_idx" ON "StatementSummary"("view", "metricKey", "cumulative", "asOf" DESC NULLS LAST, "id" DESC);

-- The visible sources newest first (/sources).
CREATE INDEX "Source_publishedAt_nl_id_visible_idx" ON "Source"("publishedAt" DESC NULLS LAST, "id") WHERE "withdrawnAt" IS NULL;
