/**
 * Finds the main content of a web page the way Mozilla's Readability does (Readability.js, `_grabArticle`),
 * reduced to what a news page needs and run over htmlparser2's DOM:
 *
 *  - every paragraph-like element (p, td, pre, headings below h1, and divs holding only inline content) with at
 *    least 25 characters of text scores 1 + its commas + one per 100 characters (at most 3), and hands that score
 *    to its parent in full, its grandparent by half and further ancestors by a third of their depth;
 *  - a candidate starts from its tag (div +5, pre/td/blockquote +3, lists and forms −3, headings −5) and its
 *    class/id weight (±25 for words like "article", "content" versus "comment", "related", "share");
 *  - its final score is scaled by 1 − link density, so menus and link lists lose;
 *  - the best candidate wins, together with its siblings that score at least a fifth of it or are plain
 *    paragraphs of text; inside it, lists, tables and divs made mostly of links are removed.
 *
 * The @mozilla/readability package itself was not used: it serialises its result to HTML and rewrites the tree
 * (it needs a full DOM such as linkedom underneath), while here the blocks are laid out from our own tree.
 */
import { isTag, isText, type AnyNode, type Element } from 'domhandler';

/** Readability's REGEXPS.unlikelyCandidates, less "header" (article headers hold the headline) and "extra". */
const UNLIKELY_RE =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe|cookie|read-?also|lire-?aussi|recommended|more-stories|outbrain|taboola|widget/i;
const MAYBE_RE = /and|article|body|column|content|main|mathjax|shadow/i;
const POSITIVE_RE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE_RE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget/i;

const NEVER_UNLIKELY = new Set(['body', 'html', 'article', 'main', 'a', 'table', 'tbody', 'tr', 'td', 'th']);

type Named = Pick<Element, 'name' | 'attribs'>;
const classAndId = (el: Named) => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;

/** A block whose class or id says menu, comments, related articles, sharing or ads (and not "content"). */
export function isUnlikelyCandidate(el: Named): boolean {
  if (NEVER_UNLIKELY.has(el.name)) return false;
  const names = classAndId(el);
  if (names.length < 2) return false;
  return UNLIKELY_RE.test(names) && !MAYBE_RE.test(names);
}

function classWeight(el: Element): number {
  let w = 0;
  for (const name of [el.attribs.class, el.attribs.id]) {
    if (!name) continue;
    if (NEGATIVE_RE.test(name)) w -= 25;
    if (POSITIVE_RE.test(name)) w += 25;
  }
  return w;
}

const TAG_SCORE: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const PARAGRAPH_LIKE = new Set(['p', 'td', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'blockquote', 'li']);
const BLOCK_CHILD = new Set(['a', 'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

interface Measure {
  /** Characters of text (each text node trimmed). */
  t: number;
  /** Of which inside links. */
  l: number;
  /** Commas. */
  c: number;
}

/** Text lengths, link-text lengths and commas per element, computed once (the tree is not changed while scoring). */
class Measures {
  private readonly known = new Map<AnyNode, Measure>();

  textLength(n: AnyNode): number {
    return this.measure(n).t;
  }

  commaCount(n: AnyNode): number {
    return this.measure(n).c;
  }

  linkDensity(n: AnyNode): number {
    const { t, l } = this.measure(n);
    return t === 0 ? 0 : l / t;
  }

  private measure(n: AnyNode): Measure {
    if (isText(n)) {
      const s = n.data.trim();
      let c = 0;
      for (let i = s.indexOf(','); i !== -1; i = s.indexOf(',', i + 1)) c++;
      return { t: s.length, l: 0, c };
    }
    const known = this.known.get(n);
    if (known) return known;
    const m: Measure = { t: 0, l: 0, c: 0 };
    if (isTag(n)) {
      for (const ch of n.children) {
        if (!isTag(ch) && !isText(ch)) continue;
        const x = this.measure(ch);
        m.t += x.t;
        m.l += x.l;
        m.c += x.c;
      }
      if (n.name === 'a') m.l = m.t;
    }
    this.known.set(n, m);
    return m;
  }
}

function elements(root: AnyNode, out: Element[] = []): Element[] {
  if (isTag(root)) out.push(root);
  if ('children' in root) for (const c of (root as { children: AnyNode[] }).children) elements(c, out);
  return out;
}

/** A div with no block-level child reads as a paragraph (Readability turns it into one). */
function isParagraphLike(el: Element): boolean {
  if (PARAGRAPH_LIKE.has(el.name)) return true;
  return el.name === 'div' && !el.children.some((c) => isTag(c) && BLOCK_CHILD.has(c.name));
}

/**
 * The elements holding the page's main content, in page order: the best candidate and the siblings that belong
 * with it, or `[root]` when nothing stands out. Link lists inside them are removed (the tree is changed).
 */
export function findMainContent(root: Element | (AnyNode & { children: AnyNode[] })): AnyNode[] {
  const m = new Measures();
  const scores = new Map<Element, number>();
  const init = (el: Element) => {
    if (!scores.has(el)) scores.set(el, (TAG_SCORE[el.name] ?? 0) + classWeight(el));
  };
  for (const el of elements(root)) {
    if (!isParagraphLike(el)) continue;
    const len = m.textLength(el);
    if (len < 25) continue;
    const score = 1 + m.commaCount(el) + Math.min(Math.floor(len / 100), 3);
    let level = 0;
    for (let a = el.parent; a && level < 5; a = a.parent, level++) {
      if (!isTag(a)) break;
      init(a);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, scores.get(a)! + score / divider);
    }
  }
  let top: Element | null = null;
  let best = -Infinity;
  for (const [el, s] of scores) {
    const final = s * (1 - m.linkDensity(el));
    scores.set(el, final);
    if (final > best) {
      best = final;
      top = el;
    }
  }
  if (!top || top === root) return [root];
  // A top candidate with little text of its own (a short page, or one paragraph in a wrapper) is no better guess
  // than the whole page.
  if (m.textLength(top) < 500 && m.textLength(top) < 0.5 * m.textLength(root)) return [root];

  const keep = collectSiblings(top, best, scores, m);
  for (const el of keep) if (isTag(el)) cleanLinkLists(el, m);
  return keep;
}

/** The top candidate and the siblings that belong with it (Readability's sibling pass). */
function collectSiblings(top: Element, best: number, scores: Map<Element, number>, m: Measures): AnyNode[] {
  const parent = top.parent;
  if (!parent || !('children' in parent)) return [top];
  const threshold = Math.max(10, best * 0.2);
  return parent.children.filter((s) => {
    if (s === top) return true;
    if (!isTag(s)) return false;
    if ((scores.get(s) ?? -Infinity) >= threshold) return true;
    if (s.name !== 'p') return false;
    const len = m.textLength(s);
    const density = m.linkDensity(s);
    if (len > 80) return density < 0.25;
    return len > 0 && density === 0 && /\.( |$)/.test(textOfShallow(s));
  });
}

function textOfShallow(el: Element): string {
  return el.children.map((c) => (isText(c) ? c.data : isTag(c) ? textOfShallow(c) : '')).join('');
}

/** Inside the main content, lists, tables and divs made mostly of links are navigation or teasers. */
function cleanLinkLists(root: Element, m: Measures): void {
  const visit = (el: Element) => {
    el.children = el.children.filter((c) => {
      if (!isTag(c)) return true;
      if ((c.name === 'ul' || c.name === 'ol' || c.name === 'div' || c.name === 'table' || c.name === 'section') && m.textLength(c) > 0 && m.linkDensity(c) > 0.5) {
        return false;
      }
      visit(c);
      return true;
    });
  };
  visit(root);
}
