'use client';

import dynamic from 'next/dynamic';

/**
 * The chart, loaded only where one is drawn: Recharts is ~120 kB gzip, and a static import put it in a chunk
 * that pages without charts (/figures, /compare) loaded too. The placeholder keeps the chart's height, so nothing
 * below it moves when it arrives.
 */
export const StatementChart = dynamic(() => import('./statement-chart').then((m) => m.StatementChart), {
  loading: () => <div style={{ height: 260 }} className="w-full" aria-hidden />,
});
