'use client';

import { downloadPng, downloadSvg } from './chart-download';

/**
 * A chart's downloads: the drawing shown on this screen as SVG or PNG, and its data with provenance as CSV. Behind
 * one disclosure, so a keyboard reader crossing the overview meets each chart's downloads once. Outside the
 * chart's loading boundary: it is there, at its height, before the drawing arrives.
 */
export function ChartDownloads({ name, title, csvHref }: { name: string; title: string; csvHref: string }) {
  const shown = () => [...document.querySelectorAll<SVGSVGElement>(`[data-chart-name="${CSS.escape(name)}"] svg.chart-svg`)].find((s) => s.getClientRects().length > 0);
  const tool = 'rounded border border-line px-2 py-0.5 text-xs text-accent hover:bg-[var(--line)]';
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-accent">Download this chart</summary>
      <p className="mt-1 flex flex-wrap gap-2" role="group" aria-label={`Download ${title}`}>
        <button type="button" className={tool} onClick={() => { const svg = shown(); if (svg) downloadSvg(svg, name); }}>SVG image</button>
        <button type="button" className={tool} onClick={() => { const svg = shown(); if (svg) void downloadPng(svg, name); }}>PNG image</button>
        <a className={tool} href={csvHref} download>Data with sources (CSV)</a>
      </p>
    </details>
  );
}
