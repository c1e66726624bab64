/**
 * A drawn chart as a file a journalist can put in an article: the SVG as shown, stand-alone (the page's colour
 * variables resolved, a white background, the page's font), or a PNG at twice its drawn size.
 */
function standalone(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const [, , width = 640, height = 260] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.querySelectorAll('[aria-describedby]').forEach((e) => e.removeAttribute('aria-describedby'));
  // The marks are named by labels beside the drawing on the page: the file carries the names themselves.
  copy.querySelectorAll('[aria-labelledby]').forEach((e) => {
    const name = document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent;
    e.removeAttribute('aria-labelledby');
    if (name) e.setAttribute('aria-label', name);
  });
  const page = getComputedStyle(document.documentElement);
  const font = getComputedStyle(document.body).fontFamily;
  let text = new XMLSerializer().serializeToString(copy);
  text = text.replace(/var\((--[\w-]+)\)/g, (_, name: string) => page.getPropertyValue(name).trim() || '#000');
  const open = text.indexOf('>') + 1;
  text = `${text.slice(0, open)}<style>text{font-family:${font.replace(/[<>]/g, '')}}</style><rect width="100%" height="100%" fill="#fff"/>${text.slice(open)}`;
  return { text, width, height };
}

function save(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileName = (name: string, ext: string) => `ctstats-${name.replace(/[^a-z0-9_-]/gi, '')}.${ext}`;

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  save(new Blob([standalone(svg).text], { type: 'image/svg+xml' }), fileName(name, 'svg'));
}

export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
  const { text, width, height } = standalone(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) save(blob, fileName(name, 'png'));
}
