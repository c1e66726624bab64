import { parseDocument } from 'htmlparser2';
import { Element, isTag, isText, type ChildNode } from 'domhandler';

/**
 * Recharts' output made into a figure's SVG: the `<svg>` out of its fixed-size wrapper, scaled to the width of its
 * box by its viewBox (the height follows, so the page reserves it and nothing moves when the chart is shown),
 * without the empty title/desc Recharts writes (the figure's caption and description say what it shows).
 *
 * Then made small, because every page that shows a chart carries its drawing four times (two sizes, each in the HTML
 * and again in the page's React payload) and the server compresses all of it for every reader. Recharts writes one
 * group per layer and per tick, spreads its props onto lines, paths and labels (`orientation`, `angle`, a box on
 * every grid line), repeats the same stroke on every grid line and the same font on every tick, and names every
 * layer with a class nothing here styles. What is drawn stays as it was:
 * - attributes that mean nothing to an element go, and coordinates keep two decimals;
 * - groups without attributes are opened (a group draws nothing of its own), of the class names only the two the
 *   browser tests look for stay, ids nothing refers to and the clip paths they named go;
 * - inline styles that repeat an attribute go, and attributes an inline style overrides;
 * - a line is a path (`M x y H x2`);
 * - neighbours that share inherited paint (stroke, fill, font…) get it once, from a group around them.
 *
 * Any text in the markup is escaped here (`<`, `>`, `&`, quotes), wherever it stands (the marks' names, which carry
 * article text, are written beside the drawing, not in it: components/charts/drawn-chart.tsx).
 */

/** Class names the browser tests look for (e2e/18): the drawing's surface and the running total's step line. */
const KEPT_CLASSES = new Set(['recharts-surface', 'recharts-line-curve']);

/** Attributes with no meaning on these elements (a line is drawn by x1..y2, a path by d, a label by x and y). */
const MEANINGLESS: Record<string, Set<string>> = {
  line: new Set(['x', 'y', 'width', 'height', 'angle', 'orientation', 'offset']),
  path: new Set(['x', 'y', 'width', 'height', 'angle', 'orientation']),
  text: new Set(['width', 'height', 'angle', 'orientation', 'offset', 'stroke']),
  g: new Set(['offset', 'class']),
};

const COORDINATES = new Set(['cx', 'cy', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'd', 'transform', 'width', 'height', 'r']);

/** Paint that children inherit from a group: safe to say once for neighbours that all say the same. */
const INHERITED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'font-size', 'font-family', 'font-weight', 'text-anchor'];

/** Two decimals, no trailing zeros: 211.40 → 211.4, 72.00 → 72. */
const short = (value: string) => value.replace(/(\d+\.\d\d)\d+/g, '$1').replace(/(\.\d*?)0+(?!\d)/g, '$1').replace(/\.(?!\d)/g, '');

/** Ids something in the drawing points at: paint servers and clips (`url(#…)`), links, and ARIA's id lists. */
function referencedIds(markup: string): Set<string> {
  const ids = [...markup.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"|aria-(?:labelledby|describedby|controls|owns|details|flowto)="([^"]+)"/g)];
  return new Set(ids.flatMap((m) => (m[3] ? m[3].trim().split(/\s+/) : [m[1] ?? m[2]!])));
}

function cleanAttributes(el: Element, referenced: Set<string>): void {
  const a = el.attribs;
  const meaningless = MEANINGLESS[el.name];
  for (const name of Object.keys(a)) if (meaningless?.has(name)) delete a[name];
  if (a.id !== undefined && !referenced.has(a.id)) delete a.id;
  if (a.class !== undefined) {
    const kept = a.class.split(/\s+/).filter((c) => c && (!c.startsWith('recharts') || KEPT_CLASSES.has(c)));
    if (kept.length) a.class = kept.join(' ');
    else delete a.class;
  }
  if (a.style !== undefined) {
    const declarations = a.style.split(';').map((d) => d.trim()).filter(Boolean).flatMap((d) => {
      const colon = d.indexOf(':');
      return colon < 0 ? [] : [[d.slice(0, colon).trim(), d.slice(colon + 1).trim()] as const];
    });
    const left = declarations.filter(([name, value]) => !(name === 'transform' && value === 'scaleY(1)') && a[name] !== value);
    // An inline style beats the attribute of the same name: the attribute is dead.
    for (const [name] of left) delete a[name];
    if (left.length) a.style = left.map(([name, value]) => `${name}: ${value}`).join('; ');
    else delete a.style;
  }
  for (const name of Object.keys(a)) if (COORDINATES.has(name)) a[name] = short(a[name]!);
}

/** `<text x y><tspan x dy>label</tspan></text>` (one line of label) as `<text x y dy>label</text>`. */
function withoutLoneTspan(text: Element): void {
  const [only, ...more] = text.children;
  if (more.length || !only || !isTag(only) || only.name !== 'tspan' || text.attribs.dy !== undefined) return;
  const { x, dy, ...rest } = only.attribs;
  if (Object.keys(rest).length || (x !== undefined && x !== text.attribs.x) || !only.children.every(isText)) return;
  if (dy !== undefined) text.attribs.dy = dy;
  text.children = only.children;
}

/**
 * A line as a path: `M72 212H544` says it in half the bytes. Each line stays a path of its own: lines joined into one
 * path paint the pixels where they meet once rather than twice, and Chromium then draws even distant 1.5-wide error
 * bars a shade differently (measured: drawings of every mark kind, at three widths and three pixel ratios, paint
 * the same pixels with lines as separate paths, not with them joined). Shared paint goes on a group (grouped).
 */
function lineAsPath(line: Element): Element {
  const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((n) => line.attribs[n]);
  if ([x1, y1, x2, y2].some((v) => v === undefined || !Number.isFinite(Number(v)))) return line;
  const to = y1 === y2 ? `H${x2}` : x1 === x2 ? `V${y2}` : `L${x2} ${y2}`;
  const attribs = Object.fromEntries(Object.entries(line.attribs).filter(([n]) => !['x1', 'y1', 'x2', 'y2'].includes(n)));
  return new Element('path', { ...attribs, d: `M${x1} ${y1}${to}` });
}

const linesAsPaths = (nodes: ChildNode[]): ChildNode[] => nodes.map((n) => (isTag(n) && n.name === 'line' && n.children.length === 0 ? lineAsPath(n) : n));

const paint = (el: Element) => INHERITED.filter((n) => el.attribs[n] !== undefined).map((n) => [n, el.attribs[n]!] as const);

/** Groups without attributes opened, their children in their place. */
const opened = (nodes: ChildNode[]): ChildNode[] => nodes.flatMap((n) => (isTag(n) && n.name === 'g' && Object.keys(n.attribs).length === 0 ? n.children : [n]));

/** Neighbours that all carry the same inherited paint: it goes on a group around them, once. */
function grouped(nodes: ChildNode[]): ChildNode[] {
  const out: ChildNode[] = [];
  for (let i = 0; i < nodes.length; ) {
    const first = nodes[i]!;
    const common = isTag(first) ? paint(first) : [];
    let j = i + 1;
    while (common.length && j < nodes.length && isTag(nodes[j]!) && common.every(([n, v]) => (nodes[j] as Element).attribs[n] === v)) j++;
    const run = nodes.slice(i, j) as Element[];
    const saved = common.reduce((sum, [n, v]) => sum + (run.length - 1) * (n.length + v.length + 4), 0) - '<g></g>'.length;
    if (run.length > 1 && saved > 0) {
      for (const el of run) for (const [n] of common) delete el.attribs[n];
      out.push(new Element('g', Object.fromEntries(common), opened(run)));
    } else {
      out.push(first);
      j = i + 1;
    }
    i = j;
  }
  return out;
}

function finish(nodes: ChildNode[], referenced: Set<string>): ChildNode[] {
  const kept: ChildNode[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      kept.push(node);
      continue;
    }
    if (!isTag(node)) continue;
    // Recharts' title and desc are empty (the figure's caption and description say it); the clip box nothing uses.
    if ((node.name === 'title' || node.name === 'desc') && !node.children.some((c) => isText(c) && c.data.trim())) continue;
    if (node.name === 'clipPath' && !referenced.has(node.attribs.id ?? '')) continue;
    cleanAttributes(node, referenced);
    node.children = finish(node.children, referenced);
    if (node.name === 'text') withoutLoneTspan(node);
    if ((node.name === 'g' || node.name === 'defs') && node.children.length === 0) continue;
    kept.push(node);
  }
  return grouped(linesAsPaths(opened(kept)));
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function serialize(node: ChildNode): string {
  if (isText(node)) return escapeText(node.data);
  if (!isTag(node)) return '';
  const attributes = Object.entries(node.attribs).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  // Inline SVG is foreign content to the HTML parser: `<circle/>` closes itself there, as in XML.
  return node.children.length ? `<${node.name}${attributes}>${node.children.map(serialize).join('')}</${node.name}>` : `<${node.name}${attributes}/>`;
}

export function finishSvg(markup: string): string {
  const start = markup.indexOf('<svg');
  const end = markup.lastIndexOf('</svg>');
  if (start < 0 || end < 0) throw new Error('the chart drew no SVG');
  const source = markup.slice(start, end + '</svg>'.length);
  const svg = parseDocument(source, { lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true }).children.find(isTag);
  if (!svg || svg.name !== 'svg') throw new Error('the chart drew no SVG');
  // Its size is its box's (the viewBox scales it); its classes but those kept are Recharts' own.
  const { class: classes, viewBox, ...rest } = svg.attribs;
  const kept = (classes ?? '').split(/\s+/).filter((c) => KEPT_CLASSES.has(c));
  const others = Object.entries(rest).filter(([name]) => !['width', 'height', 'style'].includes(name));
  svg.attribs = { class: ['chart-svg', ...kept].join(' '), focusable: 'false', ...(viewBox ? { viewBox } : {}), ...Object.fromEntries(others) };
  svg.children = finish(svg.children, referencedIds(source));
  return serialize(svg);
}
