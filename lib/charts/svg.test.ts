import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { finishSvg } from './svg';

describe('finishSvg', () => {
  const drawn =
    '<div class="recharts-wrapper" style="width:560px"><svg class="recharts-surface" width="560" height="260" style="width:100%" viewBox="0 0 560 260"><title></title><desc></desc>' +
    '<g class="recharts-zIndex-layer_-50"></g><g class="recharts-layer"><g class="recharts-layer x"></g></g>' +
    '<defs><clipPath id="recharts1-clip"><rect x="72" y="28" height="184" width="552"></rect></clipPath></defs>' +
    '<g class="recharts-cartesian-grid"><g class="recharts-cartesian-grid-horizontal">' +
    '<line stroke-dasharray="3 3" stroke="var(--line)" fill="none" x="72" y="28" width="552" height="184" x1="72.123456" y1="212" x2="624" y2="212"></line>' +
    '<line stroke-dasharray="3 3" stroke="var(--line)" fill="none" x="72" y="28" width="552" height="184" x1="72" y1="120.40" x2="624" y2="120.40"></line></g>' +
    '<g class="recharts-cartesian-grid-vertical"><line stroke-dasharray="3 3" stroke="var(--line)" fill="none" x1="300" y1="28" x2="300" y2="212"></line></g></g>' +
    '<g class="recharts-layer recharts-errorBar" stroke="red" stroke-width="1.5" offset="0"><line x1="1" y1="2" x2="3" y2="4"></line><line x1="2" y1="2" x2="2" y2="9"></line></g>' +
    '<g class="recharts-layer recharts-errorBar" stroke="red" stroke-width="1.5" offset="0"><line x1="5" y1="2" x2="7" y2="2"></line></g>' +
    '<path stroke="blue" fill="none" id="recharts-line-_r_1_" class="recharts-curve recharts-line-curve" d="M440.8333,211.17L509.18,211.17"></path>' +
    '<a href="/figures/1?a=1&amp;b=2" aria-label="2 — <b>x</b> &amp; &quot;co&quot;" class="chart-mark" data-figure-id="1"><circle cx="148.0510948" cy="120" r="6"></circle></a>' +
    '<g><g><text stroke="none" width="64" orientation="left" fill="var(--muted)" font-size="12" style="fill: var(--muted);" x="64" y="28" class="recharts-text recharts-cartesian-axis-tick-value" text-anchor="end"><tspan x="64" dy="0.355em">1,000</tspan></text></g>' +
    '<g><text fill="var(--muted)" font-size="12" style="fill: var(--muted);" x="64" y="120" class="recharts-text recharts-cartesian-axis-tick-value" text-anchor="end"><tspan x="64" dy="0.355em">&lt;2,000&gt;</tspan></text></g></g>' +
    '<text transform="rotate(-90, 13, 120)" fill="var(--muted)" style="fill: var(--muted); text-anchor: middle;" x="13" y="120" class="recharts-text recharts-label" text-anchor="start"><tspan x="13" dy="0.355em">people</tspan></text>' +
    '</svg></div>';

  it('keeps the SVG scaled by its viewBox, without the wrapper, fixed size or empty title', () => {
    const svg = finishSvg(drawn);
    expect(svg).toMatch(/^<svg class="chart-svg recharts-surface" focusable="false" viewBox="0 0 560 260">/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/<title|<desc|width="560"|style="width/);
  });

  it('drops what draws nothing: meaningless attributes, empty and bare groups, layer classes, unused ids and clip paths', () => {
    const svg = finishSvg(drawn);
    expect(svg).not.toMatch(/<g>|<g><\/g>|zIndex|recharts-layer|recharts-text|recharts-curve |orientation|offset=|width="552"|clipPath|<defs|id="recharts/);
    expect(svg).toContain('class="recharts-line-curve"');
    expect(svg).toContain('<circle cx="148.05" cy="120" r="6"/>');
  });

  it('draws lines as paths, one per run of lines drawn alike, with their shared paint said once', () => {
    const svg = finishSvg(drawn);
    expect(svg).toContain('<path stroke-dasharray="3 3" stroke="var(--line)" fill="none" d="M72.12 212H624M72 120.4H624M300 28V212"/>');
    // The two error-bar groups share their stroke: one group, one path (a diagonal line stays a diagonal).
    expect(svg).toContain('<g stroke="red" stroke-width="1.5"><path d="M1 2L3 4M2 2V9M5 2H7"/></g>');
    expect(svg).toContain('d="M440.83,211.17L509.18,211.17"');
    expect(svg).not.toContain('<line');
  });

  it('says the ticks’ font once, keeps what an inline style overrides right, and puts a lone tspan’s shift on its text', () => {
    const svg = finishSvg(drawn);
    expect(svg).toContain('<g fill="var(--muted)" font-size="12" text-anchor="end"><text x="64" y="28" dy="0.355em">1,000</text><text x="64" y="120" dy="0.355em">&lt;2,000&gt;</text></g>');
    // The label's inline text-anchor beat its attribute: the attribute goes, the style stays.
    expect(svg).toContain('<text transform="rotate(-90, 13, 120)" fill="var(--muted)" style="text-anchor: middle" x="13" y="120" dy="0.355em">people</text>');
  });

  it('escapes article text wherever it stands (labels, link addresses, text)', () => {
    const svg = finishSvg(drawn);
    expect(svg).toContain('href="/figures/1?a=1&amp;b=2" aria-label="2 — &lt;b&gt;x&lt;/b&gt; &amp; &quot;co&quot;"');
    expect(svg).not.toMatch(/<b>|<script/);
  });

  it('paints what it painted before: the same shapes, text, links and (inherited) paint, lines read as paths', () => {
    const window = new Window();
    const read = (markup: string) => {
      const box = window.document.createElement('div');
      box.innerHTML = markup;
      const paintOf = (el: Element) =>
        ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'text-anchor'].map((name) => {
          for (let at: Element | null = el; at; at = at.parentElement) {
            const styled = at.getAttribute('style')?.match(new RegExp(`(?:^|;)\\s*${name}:\\s*([^;]+)`))?.[1]?.trim();
            const value = styled ?? at.getAttribute(name);
            // stroke="none" and no stroke paint the same where nothing above strokes.
            if (value !== null) return name === 'stroke' && value === 'none' ? null : value;
          }
          return null;
        });
      const shapes = [...box.querySelectorAll('circle, text')].map((el) => [el.tagName.toLowerCase(), el.textContent, ...paintOf(el as unknown as Element)]);
      const strokes = new Set([...box.querySelectorAll('line, path')].map((el) => JSON.stringify(paintOf(el as unknown as Element))));
      const links = [...box.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);
      return { shapes, strokes, links };
    };
    expect(read(finishSvg(drawn))).toEqual(read(drawn));
    window.close();
  });

  it('refuses markup without a drawing', () => {
    expect(() => finishSvg('<div class="recharts-wrapper"></div>')).toThrow('the chart drew no SVG');
  });
});
