'use client';

import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's link: Next.js's client-side navigation, without prefetching. Next.js's Link prefetches every link that
 * scrolls into view, one or two requests per address, and none of them can be answered from the pages kept for
 * readers (lib/http/page-cache.ts: they are RSC requests, rendered each time): one view of the overview sent 40
 * (3–4 ms of server CPU each, more than the page itself costs), a table page would send two per row. Without it a
 * click asks for the page then, as a plain link would. Every link of the app goes through here (eslint.config.mjs
 * forbids importing next/link elsewhere); `prefetch` cannot be given. A client component, so that server pages do
 * not write `prefetch: false` into their payload once per link.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, 'prefetch'>) {
  return <NextLink {...props} prefetch={false} />;
}
