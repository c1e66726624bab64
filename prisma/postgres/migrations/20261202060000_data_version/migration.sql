-- PostgreSQL only, kept outside the Prisma schema: the database's version for what the server keeps until the data
-- changes (lib/db/version.ts; lib/data/read-cache.ts, lib/http/page-cache.ts). One row, counted up by every
-- statement that changes what readers are shown, in the same transaction, so a reader sees the new count exactly
-- when it can see the new rows. The WAL position served before: it also moves with every other database of the
-- cluster, with vacuums and checkpoints, and up to 15 s after any write (the standby snapshot record), so pages
-- kept were dropped far more often than the data changed. SQLite needs none of this: its data_version pragma
-- is exact there.
CREATE TABLE "DataVersion" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "n" BIGINT NOT NULL);
INSERT INTO "DataVersion" ("id", "n") VALUES (1, 0);

CREATE FUNCTION "ctstats_count_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "n" = "n" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

-- Once per statement, not per row: an ingest batch of a thousand figures counts once. The accounts (User, Session,
-- SignInFailure) are left out: no kept page shows them.
CREATE TRIGGER "Metric_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Metric" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "Source_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "Figure_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Figure" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "ReviewEvent_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReviewEvent" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "FigureChange_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FigureChange" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "SourceChange_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SourceChange" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "StatementSummary_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StatementSummary" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "MetricYearSummary_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MetricYearSummary" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "SourceSummary_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SourceSummary" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
CREATE TRIGGER "AttributionSummary_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AttributionSummary" FOR EACH STATEMENT EXECUTE FUNCTION "ctstats_count_data_version"();
