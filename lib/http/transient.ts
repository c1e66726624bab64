/**
 * The attribute a part of a page carries when it could not be made just now (a chart the drawer could not draw): a
 * page with it is not kept for later readers (lib/http/page-cache.ts), whose render may succeed. Its own module, so
 * that components can use it without loading the cache.
 */
export const TRANSIENT_MARK = 'data-ctstats-transient';
