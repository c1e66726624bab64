import type { Language, ParsedDocument, PartialDate, SourceKind } from '@/lib/domain/figure';
import { looksLikeHtml, stripHtml } from './html';
import { compileLanguageGuesser } from './language';
import { LANGUAGES } from './lexicon';

/**
 * Reads a source document in any of the informal formats articles arrive in and says where its body is.
 * The stored text is the file's text unchanged, so quotes keep their offsets against what was received.
 *
 *  1. header lines `key: value` (url, date, title, outlet, language, kind), a blank line, the body;
 *  2. seed style: the first line starts with ` date YYYY-MM-DD ` and runs into the first sentence;
 *  3. a title line first and a `Source : Outlet` trailer last;
 *  4. body only, possibly ending in web boilerplate ("Leave a Reply", a newsroom phone line);
 *  5. Markdown: optional `---` front matter with the same keys, an optional `# Title` line; kept verbatim;
 *  6. HTML: tags stripped, entities decoded; the stored text is the stripped text and offsets refer to it.
 *
 * `filename` is only a hint (".html", ".md"); content sniffing decides when there is none.
 */
export function parseDocument(raw: string, filename?: string): ParsedDocument {
  const input = typeof raw === 'string' ? raw : '';
  const clean = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const ext = (filename ?? '').toLowerCase().replace(/^.*\./, '.');
  const isHtml = ext === '.html' || ext === '.htm' || ext === '.xhtml' || (ext !== '.md' && ext !== '.txt' && looksLikeHtml(clean));
  if (isHtml) return parseHtml(clean);
  if (ext === '.md' || ext === '.markdown' || (ext !== '.txt' && looksLikeMarkdown(clean))) return parseMarkdown(clean);
  return parsePlain(clean);
}

function parseHtml(raw: string): ParsedDocument {
  const { text, meta } = stripHtml(raw);
  const lang = meta.language === 'fr' || meta.language === 'en' ? meta.language : null;
  // The page's declared language wins, so the text's own is not worth detecting.
  const doc = parsePlain(text, 0, lang !== null);
  return {
    ...doc,
    title: meta.title ?? doc.title,
    outlet: meta.outlet ?? doc.outlet,
    url: meta.url ?? doc.url,
    publishedAt: normalizeDate(meta.publishedAt) ?? doc.publishedAt,
    language: lang ?? doc.language,
    format: 'html',
  };
}

const FRONT_MATTER_RE = /^---[ \t]*\r?\n((?:[^\n]*\n){0,40}?)---[ \t]*(?:\r?\n|$)/;

function looksLikeMarkdown(raw: string): boolean {
  // Cheap exits first: no front matter, no heading mark and no bold mark near the top means plain text.
  const head = raw.slice(0, 3000);
  if (!raw.startsWith('---') && !head.includes('#') && !head.includes('**')) return false;
  if (FRONT_MATTER_RE.test(raw.slice(0, 5000))) return true;
  return /^#{1,3} \S/.test(raw) || /\n#{1,3} \S/.test(raw.slice(0, 3000)) || /\*\*[^*\n]{1,80}\*\*/.test(raw.slice(0, 3000));
}

/** Markdown stays verbatim; front matter and a leading `# Title` are read and kept out of the body. */
function parseMarkdown(text: string): ParsedDocument {
  let bodyFrom = 0;
  const fields = new Map<string, string>();
  const fm = FRONT_MATTER_RE.exec(text.slice(0, 5000));
  if (fm) {
    for (const line of (fm[1] ?? '').split('\n')) {
      const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line.replace(/\r$/, ''));
      if (kv) fields.set(kv[1]!.toLowerCase(), kv[2]!.replace(/^["']|["']$/g, ''));
    }
    bodyFrom = fm[0].length;
  }
  let title = fields.get('title') ?? null;
  const heading = /^[ \t]*(?:\r?\n)*[ \t]*#{1,2}[ \t]+([^\n]*?)[ \t#]*\r?(?:\n|$)/.exec(text.slice(bodyFrom, bodyFrom + 2000));
  if (heading) {
    title = title ?? heading[1]!.trim();
    bodyFrom += heading[0].length;
  }
  const rest = parsePlain(text, bodyFrom);
  const lang = (fields.get('language') ?? fields.get('lang') ?? '').toLowerCase();
  const declared: Language | null = lang.startsWith('fr') ? 'fr' : lang.startsWith('en') ? 'en' : null;
  return {
    ...rest,
    title: title ?? rest.title,
    outlet: fields.get('outlet') ?? fields.get('source') ?? rest.outlet,
    url: fields.get('url') ?? fields.get('link') ?? rest.url,
    publishedAt: normalizeDate(fields.get('date') ?? fields.get('published') ?? null) ?? rest.publishedAt,
    language: declared ?? rest.language,
    format: 'markdown',
    kind: kindOf(fields.get('kind')),
  };
}

/**
 * The four plain-text formats. `from` skips a prefix already read (Markdown front matter); `languageKnown`: the
 * caller has the language from elsewhere and overrides `language`, so it is not detected (it is then 'en').
 */
function parsePlain(text: string, from = 0, languageKnown = false): ParsedDocument {

  let bodyStart = 0;
  let title: string | null = null;
  let outlet: string | null = null;
  let url: string | null = null;
  let publishedAt: PartialDate | null = null;
  let declaredLanguage: Language | null = null;
  let format: ParsedDocument['format'] = 'body';
  let kind: SourceKind = 'full';

  const header = from === 0 ? readHeaderBlock(text) : null;
  const seed = from === 0 ? /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/.exec(text) : null;
  bodyStart = from;
  if (header) {
    format = 'header';
    bodyStart = header.end;
    title = header.fields.get('title') ?? null;
    outlet = header.fields.get('outlet') ?? header.fields.get('source') ?? null;
    url = header.fields.get('url') ?? null;
    publishedAt = normalizeDate(header.fields.get('date') ?? null);
    const lang = header.fields.get('language')?.toLowerCase();
    declaredLanguage = lang === 'fr' || lang === 'french' ? 'fr' : lang === 'en' || lang === 'english' ? 'en' : null;
    kind = kindOf(header.fields.get('kind'));
  } else if (seed) {
    format = 'seed';
    publishedAt = seed[1] ?? null;
    bodyStart = seed[0].length;
  } else if (from === 0) {
    const firstLine = /^[^\S\n]{0,200}([^\n]{0,400}?)[^\S\n]{0,200}\r?\n[^\S\n]{0,200}\r?\n/.exec(text);
    if (firstLine && firstLine[1] && looksLikeTitle(firstLine[1])) {
      title = firstLine[1];
      bodyStart = firstLine[0].length;
      format = 'title-trailer';
    }
  }

  let bodyEnd = text.length;
  const trailer = findTrailer(text, bodyStart);
  if (trailer) {
    bodyEnd = trailer.start;
    if (trailer.outlet) {
      outlet = outlet ?? trailer.outlet;
      if (format === 'body') format = 'title-trailer';
    }
  }
  // Trim the whitespace around the body so offsets point at text.
  while (bodyStart < bodyEnd && /\s/.test(text[bodyStart]!)) bodyStart++;
  while (bodyEnd > bodyStart && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;

  const language = declaredLanguage ?? (languageKnown ? 'en' : detectLanguage(text, bodyStart, bodyEnd));
  return { text, bodyStart, bodyEnd, title, outlet, url, language, publishedAt, format, kind };
}

/** Only an explicit `kind: excerpt` makes a document an excerpt: a full text is the safe reading. */
function kindOf(value: string | undefined): SourceKind {
  return value?.trim().toLowerCase() === 'excerpt' ? 'excerpt' : 'full';
}

const HEADER_KEYS = new Set(['url', 'date', 'title', 'outlet', 'language', 'lang', 'source', 'author', 'published', 'kind']);

function readHeaderBlock(text: string): { fields: Map<string, string>; end: number } | null {
  const fields = new Map<string, string>();
  const lineRe = /([^\n]*)(\n|$)/g;
  let pos = 0;
  for (;;) {
    lineRe.lastIndex = pos;
    const m = lineRe.exec(text);
    if (!m || m[0].length === 0) return null;
    const line = (m[1] ?? '').replace(/\r$/, '');
    pos += m[0].length;
    if (line.trim() === '') return fields.size > 0 ? { fields, end: pos } : null;
    const kv = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    if (!kv || !HEADER_KEYS.has(kv[1]!.toLowerCase())) return null;
    let key = kv[1]!.toLowerCase();
    if (key === 'lang') key = 'language';
    if (key === 'published') key = 'date';
    fields.set(key, kv[2]!.trim());
    if (pos >= text.length) return null;
  }
}

/** "2021-12-17" → itself; "2021-12" and "2021" kept at their precision; "unknown" or garbage → null. */
export function normalizeDate(value: string | null): PartialDate | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d && (Number(d) < 1 || Number(d) > 31)) return null;
  return [y, mo, d].filter(Boolean).join('-');
}

function looksLikeTitle(line: string): boolean {
  if (line.length === 0 || line.length > 140) return false;
  if (/[.;,]$/.test(line)) return false; // a sentence, not a headline
  return line.split(/\s+/).length <= 20;
}

const BOILERPLATE_LINE = [
  /^leave a (reply|comment)\b/i,
  /^you must be logged in to post a comment/i,
  /^(laisser|laissez) un commentaire/i,
  /^(pour joindre la rédaction|contact(ez)? (the )?newsroom|newsroom|media contact|press contact|contact presse|tél|tel|phone)\s*:?\s*[+()\d\s.-]{6,}$/i,
  /^related (articles|posts)\b/i,
  /^share this\b/i,
];

/** The start of trailing non-article matter: a `Source :` line, comment prompts, newsroom contacts. */
function findTrailer(text: string, bodyStart: number): { start: number; outlet: string | null } | null {
  let end = text.length;
  let start: number | null = null;
  let outlet: string | null = null;
  // Walk the last lines upwards while they are trailer matter.
  for (let guard = 0; guard < 8; guard++) {
    while (end > bodyStart && /\s/.test(text[end - 1]!)) end--;
    if (end <= bodyStart) break;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart < bodyStart) break;
    const line = text.slice(lineStart, end).trim();
    const source = /^source\s*:\s*(.{2,80})$/i.exec(line);
    if (source) {
      outlet = outlet ?? source[1]!.trim();
    } else if (!BOILERPLATE_LINE.some((re) => re.test(line))) {
      break;
    }
    start = lineStart;
    end = lineStart;
  }
  return start === null ? null : { start, outlet };
}

const GUESSER = compileLanguageGuesser(LANGUAGES);

/** English or French, by counting the function words of each lexicon file (language.ts). Ties go to English. */
export function detectLanguage(text: string, from = 0, to = text.length): Language {
  return GUESSER.ofText(text, from, to) === 'fr' ? 'fr' : 'en';
}
