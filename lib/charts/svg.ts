/**
 * Recharts' output made into a figure's SVG: the `<svg>` out of its fixed-size wrapper, scaled to the width of its
 * box by its viewBox (the height follows, so the page reserves it and nothing moves when the chart is shown),
 * without the empty title/desc Recharts writes (the figure's caption and description say what it shows).
 * The DOM's serializer leaves `<` and `>` as they are inside attribute values (valid HTML, but an article's text
 * in a label would then read as a tag to anything that scans the markup): they are escaped too.
 * Recharts also spreads its props onto lines, paths and labels (`orientation`, `angle`, a box on every grid line):
 * those attributes mean nothing to SVG and are a third of the markup, so they go, and coordinates keep two decimals.
 * Its layer groups' class names (styled by nothing here) go too, and the groups left empty.
 */

/** Attributes with no meaning on these elements (a line is drawn by x1..y2, a path by d, a label by x and y). */
const MEANINGLESS: Record<string, RegExp> = {
  line: /\s(?:x|y|width|height|angle|orientation|offset)="[^"]*"/g,
  path: /\s(?:x|y|width|height|angle|orientation)="[^"]*"/g,
  text: /\s(?:width|height|angle|orientation|offset|stroke)="[^"]*"/g,
};
const COORDINATE = /\s(cx|cy|x|y|x1|x2|y1|y2|d|transform)="([^"]*)"/g;

function withoutEmptyGroups(markup: string): string {
  let out = markup;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/<g><\/g>/g, '');
  }
  return out;
}

function tidy(markup: string): string {
  return withoutEmptyGroups(markup
    .replace(/<(line|path|text)\b([^>]*)>/g, (_, tag: string, attrs: string) => `<${tag}${attrs.replace(MEANINGLESS[tag]!, '')}>`)
    .replace(COORDINATE, (_, name: string, value: string) => ` ${name}="${value.replace(/(\d+\.\d\d)\d+/g, '$1')}"`)
    .replace(/ style="transform: scaleY\(1\);"/g, '')
    .replace(/<g class="[^"]*">/g, '<g>'));
}

export function finishSvg(markup: string): string {
  const start = markup.indexOf('<svg');
  const end = markup.lastIndexOf('</svg>');
  if (start < 0 || end < 0) throw new Error('the chart drew no SVG');
  return tidy(markup.slice(start, end + '</svg>'.length))
    .replace(/^<svg([^>]*?)\swidth="[\d.]+"/, '<svg$1')
    .replace(/^<svg([^>]*?)\sheight="[\d.]+"/, '<svg$1')
    .replace(/^<svg([^>]*?)\sstyle="[^"]*"/, '<svg$1')
    .replace(/^<svg/, '<svg class="chart-svg" focusable="false"')
    .replace(/class="chart-svg" focusable="false" class="([^"]*)"/, 'class="chart-svg $1" focusable="false"')
    .replace('<title></title>', '')
    .replace('<desc></desc>', '')
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
}
