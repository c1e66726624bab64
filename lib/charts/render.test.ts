import { describe, expect, it } from 'vitest';
import type { ChartPoint } from '@/lib/view/chart-points';
import { isDrawn, renderChartSvg } from './render';

function point(i: number, over: Partial<ChartPoint> = {}): ChartPoint {
  return {
    id: 100 + i, cumulative: false, scope: null, t: 2015 + i, x: String(2015 + i), y: 1000 + 250 * i, mark: 'exact', strict: false, error: null,
    series: 'national', display: String(1000 + 250 * i), valueText: String(1000 + 250 * i), periodText: String(2015 + i), source: 'An outlet',
    attributedTo: null, quoteExcerpt: 'a quote', pending: false, href: `/figures/${100 + i}`, reports: 1, sourceCount: 1, verdict: 'single_claim',
    claimCount: 1, transcriptionConflict: false, summary: 'One source.', rangeText: null, ...over,
  };
}

describe('renderChartSvg: Recharts drawn on the server', () => {
  it('draws every mark as a link to what it stands for, with axes in words and numbers with separators', async () => {
    const points = [point(0), point(1, { mark: 'lower', strict: true }), point(2, { reports: 3, href: '/compare?key=k', summary: 'Three reports agree.' }), point(3)];
    const svg = await renderChartSvg({ kind: 'annual', points, unit: 'people arrested', width: 640, height: 260 });
    expect(svg.startsWith('<svg class="chart-svg')).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 640 260"/);
    expect(svg).not.toMatch(/^<svg[^>]*\swidth=/);
    // Each mark is named by the label beside the drawing (components/charts/drawn-chart.tsx), not in it.
    const marks = [...svg.matchAll(/<a href="([^"]+)" aria-labelledby="([^"]+)" class="chart-mark"/g)];
    expect(marks.map((m) => m[1])).toEqual(['/figures/100', '/figures/101', '/compare?key=k', '/figures/103']);
    expect(marks.map((m) => m[2])).toEqual(['mark-100', 'mark-101', 'mark-102', 'mark-103']);
    expect(svg).not.toContain('Three reports agree');
    expect(svg).toContain('×3');
    expect(svg).toContain('people arrested');
    expect(svg).toMatch(/>1,000</);
  });

  it('draws a running total as a step line; article text stays out of the drawing (marks are named beside it)', async () => {
    const t = (y: number) => Date.UTC(y, 5, 1);
    const points = [0, 1, 2].map((i) => point(i, { cumulative: true, t: t(2018 + i), source: '<script>alert(1)</script> & co' }));
    const svg = await renderChartSvg({ kind: 'running', points, unit: 'cells', width: 640, height: 260 });
    expect(svg).toContain('recharts-line-curve');
    expect(svg).not.toMatch(/script|alert|&amp; co/);
  });

  it('keeps a drawing: the same input is drawn once', async () => {
    const input = { kind: 'annual' as const, points: [point(0), point(1)], unit: 'cells', width: 640, height: 260 };
    expect(isDrawn(input)).toBe(false);
    const first = renderChartSvg(input);
    expect(renderChartSvg(structuredClone(input))).toBe(first);
    expect(isDrawn(input)).toBe(false);
    expect(await first).toContain('chart-mark');
    expect(isDrawn(structuredClone(input))).toBe(true);
    expect(isDrawn({ ...input, unit: 'other' })).toBe(false);
  });
});
