/**
 * Stands in for `server-only` under vitest (see vitest.config.ts): the real module throws outside React Server
 * Components, which is what keeps data-access code out of client bundles, but tests import that code directly.
 */
export {};
