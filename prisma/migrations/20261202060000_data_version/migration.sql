-- Nothing to change on SQLite: the PostgreSQL migration of the same name adds a counted data version (one row,
-- counted up by a trigger on every table readers are shown) for lib/db/version.ts, where SQLite's own
-- `PRAGMA data_version` is exact already. The two migration folders keep the same names, so a schema change is
-- always looked at for both providers.
SELECT 1;
