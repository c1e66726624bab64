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
    // An exact value's error bar: its two caps on the same spot, and a stem of no length.
    '<g class="recharts-layer recharts-errorBar" stroke="blue" stroke-width="1.5" offset="0"><line x1="40" y1="50" x2="56" y2="50"></line><line x1="48" y1="50" x2="48" y2="50"></line><line x1="40" y1="50" x2="56" y2="50"></line></g>' +
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

  it('draws each line as a path of its own, with the paint its neighbours share said once on a group', () => {
    const svg = finishSvg(drawn);
    expect(svg).toContain('<g fill="none" stroke="var(--line)" stroke-dasharray="3 3"><path d="M72.12 212H624"/><path d="M72 120.4H624"/><path d="M300 28V212"/></g>');
    // The two error-bar groups share their stroke: one group around their lines (a diagonal stays a diagonal).
    expect(svg).toContain('<g stroke="red" stroke-width="1.5"><path d="M1 2L3 4"/><path d="M2 2V9"/><path d="M5 2H7"/></g>');
    // Never joined into one path, even where they lie on one another (an exact value's caps): joined, the pixels
    // where lines meet are painted once instead of twice, a shade different.
    expect(svg).toContain('<g stroke="blue" stroke-width="1.5"><path d="M40 50H56"/><path d="M48 50H48"/><path d="M40 50H56"/></g>');
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

  it('paints what it painted before: every segment, shape, text and link with the paint it inherits', () => {
    // Inherited paint as SVG defines it (not the code's own list): anything else must stay on its element.
    const INHERITED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'font-size', 'font-family', 'font-weight', 'text-anchor'];
    const OWN = ['opacity', 'transform', 'clip-path', 'class'];
    const window = new Window();
    const read = (markup: string) => {
      const box = window.document.createElement('div');
      box.innerHTML = markup;
      const paintOf = (el: Element) => [
        ...INHERITED.map((name) => {
          for (let at: Element | null = el; at; at = at.parentElement) {
            const styled = at.getAttribute('style')?.match(new RegExp(`(?:^|;)\\s*${name}:\\s*([^;]+)`))?.[1]?.trim();
            const value = styled ?? at.getAttribute(name);
            // stroke="none" and no stroke paint the same where nothing above strokes.
            if (value !== null) return name === 'stroke' && value === 'none' ? null : value;
          }
          return null;
        }),
        ...OWN.map((name) => (name === 'class' ? (el.getAttribute(name) ?? '').split(' ').filter((c) => !c.startsWith('recharts') || c === 'recharts-line-curve').join(' ') || null : el.getAttribute(name))),
      ];
      // Every straight segment a line or a path draws, with its paint, in painting order.
      const segments = [...box.querySelectorAll('line, path')].flatMap((el) => {
        const paint = JSON.stringify(paintOf(el as unknown as Element));
        if (el.tagName.toLowerCase() === 'line') return [`${['x1', 'y1', 'x2', 'y2'].map((n) => Number(el.getAttribute(n)).toFixed(2)).join(' ')} ${paint}`];
        const out: string[] = [];
        let [x, y] = [0, 0];
        for (const [, op, args] of (el.getAttribute('d') ?? '').matchAll(/([MLHVZ])([^MLHVZ]*)/gi)) {
          const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
          const [nx, ny] = op === 'H' ? [n[0]!, y] : op === 'V' ? [x, n[0]!] : [n[0]!, n[1]!];
          if (op !== 'M') out.push(`${[x, y, nx, ny].map((v) => Number(v.toFixed(2)).toFixed(2)).join(' ')} ${paint}`);
          [x, y] = [nx, ny];
        }
        return out;
      });
      // A text's shift, on it or on its one line of tspan.
      const shift = (el: globalThis.Element) => el.getAttribute('dy') ?? el.querySelector('tspan')?.getAttribute('dy') ?? null;
      const shapes = [...box.querySelectorAll('circle, text, rect')].map((el) => [el.tagName.toLowerCase(), el.textContent, shift(el as unknown as globalThis.Element), ...['cx', 'cy', 'r', 'x', 'y'].map((n) => el.getAttribute(n)), ...paintOf(el as unknown as Element)]);
      const links = [...box.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);
      return { segments, shapes, links };
    };
    const before = read(drawn);
    // Two decimals kept, as before (72.123456 → 72.12); the clip box nothing uses is not drawn.
    const after = read(finishSvg(drawn));
    expect(after.segments).toEqual(before.segments.map((s) => s.replace(/^72\.12 /, '72.12 ')));
    expect(after.shapes).toEqual(before.shapes.filter((s) => s[0] !== 'rect').map((s) => s.map((v) => (v === '148.0510948' ? '148.05' : v))));
    expect(after.links).toEqual(before.links);
    window.close();
  });

  it('keeps an id that ARIA points at inside the drawing', () => {
    const svg = finishSvg('<svg viewBox="0 0 1 1"><g aria-labelledby="a b"><text id="a">x</text><text id="b">y</text><text id="c">z</text></g></svg>');
    expect(svg).toContain('id="a"');
    expect(svg).toContain('id="b"');
    expect(svg).not.toContain('id="c"');
  });

  it('refuses markup without a drawing', () => {
    expect(() => finishSvg('<div class="recharts-wrapper"></div>')).toThrow('the chart drew no SVG');
  });
});
