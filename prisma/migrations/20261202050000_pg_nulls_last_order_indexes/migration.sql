-- Nothing to change on SQLite: the PostgreSQL migration of the same name adds indexes in the readers' "newest
-- first, unknown dates last" orders, which the indexes of 20261202013000_p9a_read_indexes already serve here
-- (SQLite sorts NULL last in a descending walk, and takes "deletedAt" IS NULL as an equality). The two migration
-- folders keep the same names, so a schema change is always looked at for both providers.
SELECT 1;
