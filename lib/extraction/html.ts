/**
 * HTML to plain text, in one linear pass and without a DOM: tags removed, block elements turned into line breaks,
 * script/style/navigation content dropped, entities decoded. The figures' offsets then refer to this text, so the
 * transformation only has to be deterministic, not reversible.
 */

export interface HtmlMeta {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

export interface StrippedHtml {
  text: string;
  meta: HtmlMeta;
}

// Elements whose content is never article text.
const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'head', 'object', 'canvas', 'math']);
const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'main',
  'blockquote', 'pre', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'body',
  'html', 'title',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'article', 'section', 'div', 'title', 'pre', 'figure', 'table', 'header']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  sbquo: '‚', bdquo: '„', middot: '·', bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', sect: '§', para: '¶',
  euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×', divide: '÷', shy: '', zwnj: '', zwj: '', lrm: '', rlm: '',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è',
  eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', ntilde: 'ñ', ograve: 'ò',
  oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü',
  yacute: 'ý', yuml: 'ÿ', oelig: 'œ', szlig: 'ß', Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Ccedil: 'Ç', Egrave: 'È',
  Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Icirc: 'Î', Iuml: 'Ï', Ocirc: 'Ô', Ouml: 'Ö', Ugrave: 'Ù', Ucirc: 'Û',
  Uuml: 'Ü', OElig: 'Œ', AElig: 'Æ',
};

const ENTITY_RE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY_RE, decodeOne);
}

function decodeOne(whole: string, body: string): string {
  if (body.charCodeAt(0) === 35) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    // Control characters and out-of-range code points are not text.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
    if (code < 32 && code !== 9 && code !== 10) return ' ';
    return String.fromCodePoint(code);
  }
  return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
}

/** Heuristic: does this raw text look like an HTML document? */
export function looksLikeHtml(raw: string): boolean {
  const lt = raw.indexOf('<');
  if (lt < 0 || lt > 20_000) return false; // plain text: no tag at all, decided without a regex
  const head = raw.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const tags = raw.slice(0, 20_000).match(/<\/?(p|div|article|h[1-6]|br|span|a|body|section|li|meta|title)\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 3;
}

const ATTR_RE = /([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attrs(tag: string): Map<string, string> {
  const m = new Map<string, string>();
  ATTR_RE.lastIndex = 0;
  for (;;) {
    const a = ATTR_RE.exec(tag);
    if (!a) break;
    m.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
  }
  return m;
}

export function stripHtml(html: string): StrippedHtml {
  const meta: HtmlMeta = { title: null, publishedAt: null, outlet: null, url: null, language: null };
  const out: string[] = [];
  let h1: string | null = null;
  let titleText: string | null = null;
  let capture: { name: string; parts: string[] } | null = null;
  let dropDepth = 0;
  let dropName = '';
  let pos = 0;
  let nextGt = -1;
  const n = html.length;

  const emitText = (s: string) => {
    if (dropDepth > 0 || s.length === 0) return;
    const t = decodeEntities(s.replace(/[ \t\r\n\f]+/g, ' '));
    out.push(t);
    if (capture) capture.parts.push(t);
  };

  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      emitText(html.slice(pos));
      break;
    }
    if (lt > pos) emitText(html.slice(pos, lt));
    // Comments, CDATA and declarations.
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? n : end + 3;
      continue;
    }
    if (nextGt < lt) nextGt = html.indexOf('>', lt + 1);
    if (nextGt < 0) {
      // No closing bracket anywhere after this point: the rest is text.
      emitText(html.slice(lt));
      break;
    }
    const inner = html.slice(lt + 1, nextGt);
    pos = nextGt + 1;
    const m = /^(\/?)\s*([A-Za-z][A-Za-z0-9:-]*)/.exec(inner);
    if (!m) {
      if (inner.startsWith('!') || inner.startsWith('?')) continue; // doctype, processing instruction
      emitText(`<${inner}>`); // a stray "<" in text, e.g. "< 10"
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'meta' || name === 'link' || name === 'html') {
      readMeta(name, attrs(inner), meta);
      continue;
    }
    if (dropDepth > 0) {
      if (name === dropName) dropDepth += closing ? -1 : inner.endsWith('/') ? 0 : 1;
      continue;
    }
    if (DROP.has(name) && !closing && !inner.endsWith('/')) {
      if (name === 'head') {
        // The head holds <title> and <meta>; read them, drop the rest.
        const end = indexOfCaseless(html, '</head', pos);
        const headHtml = html.slice(pos, end < 0 ? n : end);
        readHead(headHtml, meta, (t) => (titleText = t));
        pos = end < 0 ? n : Math.max(pos, html.indexOf('>', end) + 1 || n);
        continue;
      }
      if (name === 'script' || name === 'style' || name === 'template' || name === 'noscript') {
        // Raw-text elements: skip straight to their end tag.
        const end = indexOfCaseless(html, `</${name}`, pos);
        pos = end < 0 ? n : Math.max(pos, html.indexOf('>', end) + 1 || n);
        continue;
      }
      dropDepth = 1;
      dropName = name;
      continue;
    }
    if (name === 'title') {
      // The document <title> is metadata, not body text.
      if (!closing) {
        const end = indexOfCaseless(html, '</title', pos);
        if (end >= 0) {
          titleText = titleText ?? decodeEntities(html.slice(pos, end).replace(/\s+/g, ' ').trim());
          const close = html.indexOf('>', end);
          pos = close < 0 ? n : close + 1;
        }
      }
      continue;
    }
    if (name === 'h1') {
      if (!closing) capture = { name, parts: [] };
      else if (capture) {
        h1 = h1 ?? capture.parts.join('').trim();
        capture = null;
      }
    }
    if (BLOCK.has(name)) out.push(PARAGRAPH.has(name) ? '\n\n' : '\n');
  }

  const text = out
    .join('')
    .split('\n')
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  meta.title = meta.title ?? h1 ?? titleText;
  return { text, meta };
}

function indexOfCaseless(s: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[/]/g, '\\/'), 'gi');
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index : -1;
}

function readHead(head: string, meta: HtmlMeta, setTitle: (t: string) => void): void {
  const t = /<title[^>]*>([^<]*)<\/title/i.exec(head);
  if (t) setTitle(decodeEntities(t[1]!.replace(/\s+/g, ' ').trim()));
  const tagRe = /<(meta|link)\b([^<>]{0,2000})>/gi;
  for (;;) {
    const m = tagRe.exec(head);
    if (!m) break;
    readMeta(m[1]!.toLowerCase(), attrs(m[2]!), meta);
  }
}

function readMeta(name: string, a: Map<string, string>, meta: HtmlMeta): void {
  if (name === 'html') {
    const lang = a.get('lang');
    if (lang) meta.language = lang.slice(0, 2).toLowerCase();
    return;
  }
  if (name === 'link') {
    if ((a.get('rel') ?? '').toLowerCase() === 'canonical' && a.get('href')) meta.url = meta.url ?? a.get('href')!;
    return;
  }
  const key = (a.get('property') ?? a.get('name') ?? a.get('itemprop') ?? '').toLowerCase();
  const content = a.get('content');
  if (!content) return;
  if (key === 'og:title' || key === 'twitter:title') meta.title = meta.title ?? content;
  else if (key === 'og:site_name' || key === 'publisher' || key === 'application-name') meta.outlet = meta.outlet ?? content;
  else if (key === 'og:url') meta.url = meta.url ?? content;
  else if (['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date'].includes(key)) {
    meta.publishedAt = meta.publishedAt ?? content;
  } else if (key === 'language' || key === 'og:locale' || key === 'content-language') meta.language = meta.language ?? content.slice(0, 2).toLowerCase();
}
