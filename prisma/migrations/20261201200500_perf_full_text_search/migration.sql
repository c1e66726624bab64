-- Full-text search (issue 9), kept outside the Prisma schema (Prisma has no full-text index for SQLite).
-- FTS5 indexes over the figures' words and the sources' texts, external-content (the text stays in Figure and
-- Source), accent-insensitive for French (unicode61 remove_diacritics 2), kept in sync by triggers on every write
-- path, whatever code makes it. Updates that do not change the indexed columns (review status, deletion) fire nothing.

CREATE VIRTUAL TABLE "FigureSearch" USING fts5(quote, scope, "attributedTo", "valueText", content='Figure', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER "Figure_search_insert" AFTER INSERT ON "Figure" BEGIN
  INSERT INTO "FigureSearch"(rowid, quote, scope, "attributedTo", "valueText") VALUES (new.id, new.quote, new.scope, new."attributedTo", new."valueText");
END;

CREATE TRIGGER "Figure_search_delete" AFTER DELETE ON "Figure" BEGIN
  INSERT INTO "FigureSearch"("FigureSearch", rowid, quote, scope, "attributedTo", "valueText") VALUES ('delete', old.id, old.quote, old.scope, old."attributedTo", old."valueText");
END;

CREATE TRIGGER "Figure_search_update" AFTER UPDATE OF quote, scope, "attributedTo", "valueText" ON "Figure" BEGIN
  INSERT INTO "FigureSearch"("FigureSearch", rowid, quote, scope, "attributedTo", "valueText") VALUES ('delete', old.id, old.quote, old.scope, old."attributedTo", old."valueText");
  INSERT INTO "FigureSearch"(rowid, quote, scope, "attributedTo", "valueText") VALUES (new.id, new.quote, new.scope, new."attributedTo", new."valueText");
END;

CREATE VIRTUAL TABLE "SourceSearch" USING fts5(headline, outlet, text, content='Source', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER "Source_search_insert" AFTER INSERT ON "Source" BEGIN
  INSERT INTO "SourceSearch"(rowid, headline, outlet, text) VALUES (new.id, new.headline, new.outlet, new.text);
END;

CREATE TRIGGER "Source_search_delete" AFTER DELETE ON "Source" BEGIN
  INSERT INTO "SourceSearch"("SourceSearch", rowid, headline, outlet, text) VALUES ('delete', old.id, old.headline, old.outlet, old.text);
END;

CREATE TRIGGER "Source_search_update" AFTER UPDATE OF headline, outlet, text ON "Source" BEGIN
  INSERT INTO "SourceSearch"("SourceSearch", rowid, headline, outlet, text) VALUES ('delete', old.id, old.headline, old.outlet, old.text);
  INSERT INTO "SourceSearch"(rowid, headline, outlet, text) VALUES (new.id, new.headline, new.outlet, new.text);
END;

-- Existing rows.
INSERT INTO "FigureSearch"("FigureSearch") VALUES ('rebuild');
INSERT INTO "SourceSearch"("SourceSearch") VALUES ('rebuild');
