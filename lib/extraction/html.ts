/**
 * HTML to the text the figures' offsets refer to. The page is parsed by htmlparser2 (a maintained, forgiving
 * parser that decodes every HTML5 character reference through the `entities` package), then:
 *
 *  1. what is never article text is pruned from the DOM: scripts, styles, templates, navigation, footers, asides,
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
import { parseDocument as parseDom } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { decodeHTML } from 'entities/decode';
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

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Removes from the tree what is never article text (in place). Comments are dropped too: they are not text. */
function prune(node: AnyNode & { children?: AnyNode[] }): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => {
    if (isText(child)) return true;
    if (!isTag(child)) return false; // comments, processing instructions, doctype
    if (DROP.has(child.name) || isHidden(child)) return false;
    const role = child.attribs.role;
    if (role && ROLES_DROPPED.has(role.toLowerCase())) return false;
    if (isUnlikelyCandidate(child)) return false;
    prune(child);
    return true;
  });
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
  const dom = parseDom(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const { meta, titleElement } = readMeta(dom);
  prune(dom);
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

/** Metadata from <html lang>, <meta>, <link rel=canonical>, and the <title> element's text. */
function readMeta(dom: AnyNode): { meta: HtmlMeta; titleElement: string | null } {
  const meta: HtmlMeta = { title: null, publishedAt: null, outlet: null, url: null, language: null };
  let titleElement: string | null = null;
  const visit = (node: AnyNode) => {
    if (!isTag(node)) {
      if ('children' in node) for (const c of (node as { children: AnyNode[] }).children) visit(c);
      return;
    }
    const a = node.attribs;
    if (node.name === 'html' && a.lang) meta.language = a.lang.slice(0, 2).toLowerCase();
    else if (node.name === 'title') titleElement ??= textOf(node).replace(SPACE_RE, ' ').trim() || null;
    else if (node.name === 'link') {
      if ((a.rel ?? '').toLowerCase() === 'canonical' && a.href) meta.url ??= a.href;
    } else if (node.name === 'meta') readMetaTag(a, meta);
    if (node.name === 'body') return; // metadata lives in the head (and on <html>)
    for (const c of node.children) visit(c);
  };
  visit(dom);
  return { meta, titleElement };
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
