import { describe, expect, it } from 'vitest';
import { finishSvg } from './svg';

describe('finishSvg', () => {
  const drawn =
    '<div class="recharts-wrapper" style="width:560px"><svg class="recharts-surface" width="560" height="260" style="width:100%" viewBox="0 0 560 260"><title></title><desc></desc>' +
    '<g class="recharts-zIndex-layer_-50"></g><g class="recharts-layer"><g class="recharts-layer x"></g></g>' +
    '<defs><clipPath id="c"><rect x="72" y="28" height="184" width="552"></rect></clipPath></defs>' +
    '<g class="recharts-layer recharts-line"><line stroke="red" x="72" y="28" width="552" height="184" orientation="bottom" x1="72.123456" y1="212" x2="624" y2="212"></line></g>' +
    '<a href="/figures/1" aria-label="2 — <b>x</b> & co" class="chart-mark"><circle cx="148.0510948" cy="120" r="6"></circle></a>' +
    '<text stroke="none" width="64" orientation="left" x="64" y="28" class="recharts-text recharts-cartesian-axis-tick-value">1,000</text></svg></div>';

  it('keeps the SVG scaled by its viewBox, without the wrapper, fixed size or empty title', () => {
    const svg = finishSvg(drawn);
    expect(svg).toMatch(/^<svg class="chart-svg recharts-surface" focusable="false" viewBox="0 0 560 260">/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toContain('<title>');
  });

  it('drops attributes that mean nothing to SVG and empty groups, keeps geometry (two decimals) and the clip box', () => {
    const svg = finishSvg(drawn);
    expect(svg).toContain('<line stroke="red" x1="72.12" y1="212" x2="624" y2="212">');
    expect(svg).toContain('<rect x="72" y="28" height="184" width="552">');
    expect(svg).toContain('<text x="64" y="28" class="recharts-text recharts-cartesian-axis-tick-value">');
    expect(svg).toContain('cx="148.05"');
    expect(svg).not.toMatch(/<g><\/g>|zIndex|recharts-layer/);
  });

  it('escapes angle brackets inside attribute values (article text in labels)', () => {
    expect(finishSvg(drawn)).toContain('aria-label="2 — &lt;b&gt;x&lt;/b&gt; & co"');
  });

  it('refuses markup without a drawing', () => {
    expect(() => finishSvg('<div class="recharts-wrapper"></div>')).toThrow('the chart drew no SVG');
  });
});
