/**
 * HTML to the text the figures' offsets refer to. The page is parsed by htmlparser2 (a maintained, forgiving
 * parser that decodes every HTML5 character reference through the `entities` package), then:
 *
 *  1. what is never article text is left out of the DOM as it is built: scripts, styles, templates, navigation, footers, asides,
 *     forms, hidden elements, and blocks whose class, id or role say menu, comments, related articles, sharing
 *     or advertising (the "unlikely candidates" of Mozilla's Readability);
 *  2. the main content is found the way Readability finds it (see main-content.ts);
 *  3. the text is laid out as blocks from the DOM — every heading, paragraph, list item, table cell, caption and
 *     `<br>`-separated line is a block of its own, blocks separated by a blank line — and "Read also" teasers
 *     are dropped.
 *
 * The stored text is this output, so it only has to be deterministic, not reversible; `blocks` gives the offset
 * and kind of each block in it.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, isTag, isText, type AnyNode, type Element } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { findMainContent, isUnlikelyCandidate } from './main-content';

export interface HtmlMeta {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

export type HtmlBlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'quote' | 'preformatted' | 'caption';

export interface HtmlBlock {
  kind: HtmlBlockKind;
  start: number;
  end: number;
}

export interface StrippedHtml {
  text: string;
  meta: HtmlMeta;
  blocks: HtmlBlock[];
}

/** Decodes HTML character references: all 2,231 HTML5 named ones, decimal and hex, by the HTML5 rules. */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
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

// Elements whose content is never article text.
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'aside', 'form', 'button', 'select',
  'textarea', 'input', 'head', 'object', 'embed', 'canvas', 'math', 'menu', 'dialog', 'title',
]);

// Elements that start and end a block, and what kind of block their own text is.
const BLOCK_KIND: Record<string, HtmlBlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  td: 'table-cell', th: 'table-cell',
  blockquote: 'quote', pre: 'preformatted', figcaption: 'caption', caption: 'caption',
};
const BLOCK = new Set([
  ...Object.keys(BLOCK_KIND), 'p', 'div', 'br', 'hr', 'ul', 'ol', 'dl', 'tr', 'table', 'thead', 'tbody', 'tfoot',
  'section', 'article', 'header', 'main', 'figure', 'address', 'body', 'html', 'center', 'details', 'summary',
  'fieldset', 'legend', 'hgroup',
]);

/** A teaser for another article, in either language: not this article's text. */
const TEASER_RE = /^(read (also|more)|see also|related( articles?| stories)?|also read|lire (aussi|également)|à lire (aussi|également)|voir aussi|sur le même sujet)\b\s*[:：»-]?/i;

const ROLES_DROPPED = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert']);

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Never article text: the element and everything inside it are left out of the tree. */
function isDropped(name: string, attribs: Record<string, string>): boolean {
  if (DROP.has(name) || isHidden(attribs)) return true;
  const role = attribs.role;
  if (role && ROLES_DROPPED.has(role.toLowerCase())) return true;
  return isUnlikelyCandidate({ name, attribs });
}

/**
 * domhandler's tree builder, minus what is never article text: a dropped element's subtree is skipped as it is
 * parsed (no nodes built for scripts, menus, comment sections), comments and processing instructions are not
 * kept, and the page's metadata is read on the way (from <html>, and from the head's <meta>, <link> and <title>).
 */
class ArticleDomHandler extends DomHandler {
  readonly meta: HtmlMeta = { title: null, publishedAt: null, outlet: null, url: null, language: null };
  titleElement: string | null = null;
  /** Depth inside a dropped element (0: not in one). */
  private skipping = 0;
  private inBody = false;
  private titleText: string[] | null = null;

  override onopentag(name: string, attribs: Record<string, string>): void {
    // Character references are decoded here, not by the tokenizer (see stripHtml); attribute values by the
    // attribute rules ("&notit" stays as written before a letter or "=").
    for (const key in attribs) {
      const value = attribs[key]!;
      if (value.includes('&')) attribs[key] = decodeHTMLAttribute(value);
    }
    if (this.skipping > 0) {
      this.skipping++;
      // Metadata counts wherever it sits in the head ("<noscript><meta …>" included).
      if (!this.inBody) this.readHead(name, attribs);
      return;
    }
    if (name === 'body') this.inBody = true;
    else if (!this.inBody) this.readHead(name, attribs);
    if (isDropped(name, attribs)) {
      this.skipping = 1;
      if (name === 'title' && !this.inBody && this.titleElement === null) this.titleText = [];
      return;
    }
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    if (this.skipping > 0) {
      if (--this.skipping === 0) {
        if (this.titleText) this.titleElement ??= this.titleText.join('').replace(SPACE_RE, ' ').trim() || null;
        this.titleText = null;
        // The text on either side of a dropped element stays two text nodes, as if the element had been removed.
        this.lastNode = null;
      }
      return;
    }
    super.onclosetag();
  }

  override ontext(data: string): void {
    // Text between two tags arrives whole, so its references decode as the tokenizer would have decoded them;
    // text inside dropped elements (scripts, menus) is never decoded at all.
    if (this.skipping === 0) super.ontext(decodeEntities(data));
    else if (this.titleText && this.skipping === 1) this.titleText.push(decodeEntities(data));
  }

  override oncomment(): void {}
  override oncommentend(): void {}
  override oncdatastart(): void {}
  override oncdataend(): void {}
  override onprocessinginstruction(): void {}

  private readHead(name: string, a: Record<string, string>): void {
    if (name === 'html' && a.lang) this.meta.language = a.lang.slice(0, 2).toLowerCase();
    else if (name === 'link') {
      if ((a.rel ?? '').toLowerCase() === 'canonical' && a.href) this.meta.url ??= a.href;
    } else if (name === 'meta') readMetaTag(a, this.meta);
  }
}

// HTML whitespace collapses to one space; other control characters (from "&#1;" or stray bytes) are not text
// and go the same way, in the same pass.
const SPACE_RE = /[\u0000-\u0020\u007F]+/g;

/** SPACE_RE's collapse, with a scan first: most text has only single spaces, and a regex replace visits each. */
function collapseSpace(s: string): string {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 127 || (c <= 32 && (c !== 32 || (i + 1 < n && s.charCodeAt(i + 1) <= 32)))) break;
  }
  return i === n ? s : s.slice(0, i) + s.slice(i).replace(SPACE_RE, ' ');
}

/** Lays the text of `roots` out as blocks, one blank line between blocks. */
function layout(roots: readonly AnyNode[]): { text: string; blocks: HtmlBlock[] } {
  const out: string[] = [];
  const blocks: HtmlBlock[] = [];
  let length = 0;
  let current: string[] = [];
  let kind: HtmlBlockKind = 'paragraph';

  const flush = () => {
    const t = collapseSpace(current.join('')).trim();
    current = [];
    if (!t || TEASER_RE.test(t)) return;
    if (out.length) {
      out.push('\n\n');
      length += 2;
    }
    blocks.push({ kind, start: length, end: length + t.length });
    out.push(t);
    length += t.length;
  };

  const walk = (node: AnyNode, inPre: boolean, kindHere: HtmlBlockKind) => {
    if (isText(node)) {
      if (current.length === 0) kind = kindHere;
      const data = node.data;
      if (inPre) {
        // Preformatted text keeps its lines: each is a block.
        const lines = data.split('\n');
        lines.forEach((line, i) => {
          if (i > 0) flush();
          kind = kindHere;
          current.push(line);
        });
      } else current.push(data);
      return;
    }
    if (!isTag(node)) {
      // The document node (a fragment without <body>): its children are the page.
      if ('children' in node) for (const child of (node as { children: AnyNode[] }).children) walk(child, inPre, kindHere);
      return;
    }
    const block = BLOCK.has(node.name);
    // A paragraph inside a quote or a table cell is quote or cell text: the innermost kinded element decides.
    const childKind = BLOCK_KIND[node.name] ?? kindHere;
    if (block) flush();
    for (const child of node.children) walk(child, inPre || node.name === 'pre', childKind);
    if (block) flush();
  };
  for (const r of roots) walk(r, false, 'paragraph');
  flush();
  return { text: out.join(''), blocks };
}

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  return node.children.map(textOf).join('');
}

function findFirst(node: AnyNode, test: (el: Element) => boolean): Element | null {
  if (!isTag(node) && !('children' in node)) return null;
  if (isTag(node) && test(node)) return node;
  for (const c of (node as { children: AnyNode[] }).children) {
    const hit = findFirst(c, test);
    if (hit) return hit;
  }
  return null;
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

export function stripHtml(html: string): StrippedHtml {
  const handler = new ArticleDomHandler();
  // decodeEntities off: the tokenizer then skips from tag to tag instead of stepping through every character of
  // the text looking for "&"; the handler decodes the text and attributes it keeps, with the same HTML5 rules.
  new Parser(handler, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  const dom = handler.root;
  const { meta, titleElement } = handler;
  const body = findFirst(dom, (el) => el.name === 'body') ?? dom;
  const main = findMainContent(body);
  // The headline often sits above the article container: keep it as the first block.
  const h1 = findFirst(body, (el) => el.name === 'h1');
  const roots: AnyNode[] = h1 && !main.some((r) => contains(r, h1) || contains(h1, r)) ? [h1, ...main] : main;
  const { text, blocks } = layout(roots);
  const headline = h1 ? textOf(h1).replace(SPACE_RE, ' ').trim() : '';
  // og:title first, then the page's headline, then the <title> element (which often carries the site name).
  return { text, meta: { ...meta, title: meta.title ?? (headline || titleElement) }, blocks };
}

const DATE_KEYS = new Set(['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'sailthru.date']);

function readMetaTag(a: Record<string, string>, meta: HtmlMeta): void {
  const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
  const content = a.content;
  if (!content) return;
  if (key === 'og:title' || key === 'twitter:title') meta.title ??= content;
  else if (key === 'og:site_name' || key === 'publisher' || key === 'application-name') meta.outlet ??= content;
  else if (key === 'og:url') meta.url ??= content;
  else if (DATE_KEYS.has(key)) meta.publishedAt ??= content;
  else if (key === 'language' || key === 'og:locale' || key === 'content-language') meta.language ??= content.slice(0, 2).toLowerCase();
}
