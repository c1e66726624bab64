import { describe, expect, it } from 'vitest';
import { characterEntities } from 'character-entities';
import { characterEntitiesLegacy } from 'character-entities-legacy';
import { decodeEntities, looksLikeHtml, stripHtml } from './html';
import { parseDocument } from './document';
import { extractFromText } from './index';

const PAGE = `<!DOCTYPE html>
<html lang="fr"><head>
<title>Bilan &amp; chiffres</title>
<meta property="og:site_name" content="Exemple Info">
<meta property="article:published_time" content="2021-05-17T10:00:00Z">
<link rel="canonical" href="https://example.org/a">
<script>var x = "<p>1 000 cellules</p>";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Accueil</a> 2 000 liens</nav>
<h1>Le Maroc a démantelé 210 cellules</h1>
<p>Selon le BCIJ, le Royaume a neutralisé 210&nbsp;cellules terroristes depuis 2002 et interpellé 4&#160;304 personnes.</p>
<!-- 999 cellules dans un commentaire -->
<p>Plus de <b>500</b> projets d&#39;attentats ont été avortés.</p>
<footer>© 2021 — 3 000 abonnés</footer>
</body></html>`;

describe('HTML input', () => {
  it('sniffs HTML', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('Police dismantled 25 cells < 30 > 20.')).toBe(false);
  });

  it('strips tags, drops script/style/nav/footer/comments and decodes entities', () => {
    const { text, meta } = stripHtml(PAGE);
    expect(text).toContain('210\u00A0cellules terroristes');
    expect(text).toContain('4\u00A0304 personnes');
    expect(text).toContain("Plus de 500 projets d'attentats");
    expect(text).not.toMatch(/var x|color|Accueil|999|abonnés|<|>/);
    expect(meta).toMatchObject({ title: 'Le Maroc a démantelé 210 cellules', outlet: 'Exemple Info', url: 'https://example.org/a', language: 'fr' });
  });

  it('parses an HTML document and extracts from the stripped text', () => {
    const doc = parseDocument(PAGE, 'page.html');
    expect(doc.format).toBe('html');
    expect(doc.publishedAt).toBe('2021-05-17');
    expect(doc.language).toBe('fr');
    const { figures, document } = extractFromText(PAGE, 'page.html');
    expect(figures.map((f) => `${f.metric} ${f.value}`)).toEqual(
      expect.arrayContaining(['cells_dismantled 210', 'arrests 4304', 'plots_foiled 500']),
    );
    expect(figures.some((f) => f.value === 1000 || f.value === 999 || f.value === 3000)).toBe(false);
    for (const f of figures) expect(document.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('survives broken markup', () => {
    for (const bad of ['<p>unclosed <b>25 cells', '<<<<>>>>', '<p 25 cells in 2019', '&#xFFFFFFF; &#0; &bogus; &', '<script>never closed 25 cells']) {
      expect(() => stripHtml(bad)).not.toThrow();
    }
    expect(stripHtml('a < 10 and b > 5').text).toBe('a < 10 and b > 5');
  });

  it('decodes named and numeric entities, and leaves unknown ones', () => {
    expect(decodeEntities('&eacute;t&eacute; &#233; &#xE9; &nbsp;&bogus; &amp;amp;')).toBe('été é é \u00A0&bogus; &amp;');
  });
});

describe('HTML entities', () => {
  // The HTML5 named character references, from an independent list: 2,125 names that take a semicolon, and 106
  // of them also valid without one (legacy), 2,231 forms in all.
  const names = Object.keys(characterEntities);

  it('decodes every one of the 2,231 HTML5 named character references', () => {
    expect(names.length + characterEntitiesLegacy.length).toBe(2231);
    for (const name of names) expect(decodeEntities(`&${name};`), name).toBe(characterEntities[name]);
    for (const name of characterEntitiesLegacy) expect(decodeEntities(`&${name} x`), name).toBe(`${characterEntities[name]} x`);
    // And inside a page, where the parser decodes them.
    const page = `<html><body><p>${names.map((n) => `&${n};`).join(' ')}</p></body></html>`;
    expect(stripHtml(page).text).toBe(names.map((n) => characterEntities[n]).join(' ').replace(/[ \t\r\n\f]+/g, ' ').trim());
  });

  it('decodes the rare ones, numeric references by the HTML5 rules, and leaves what is not a reference', () => {
    expect(decodeEntities('&NotNestedLessLess;')).toBe('\u2AA1\u0338');
    expect(decodeEntities('&amp; &AMP; &lt;&gt; &quot;&apos;')).toBe('& & <> "\'');
    expect(decodeEntities('&#38; &#x26; &#X26; &#x1F600; &#128;')).toBe('& & & \u{1F600} €');
    expect(decodeEntities('&#0; &#xD800; &#x110000;')).toBe('\uFFFD \uFFFD \uFFFD');
    expect(decodeEntities('&bogus; & x &;')).toBe('&bogus; & x &;');
    // Legacy names need no semicolon, so in text "&notit;" is "¬it;" (HTML5 tokenizer rule).
    expect(decodeEntities('&notit;')).toBe('¬it;');
    expect(stripHtml('<p>Plus de 1&#8239;600 arrestations &mdash; selon le BCIJ&nbsp;: 4&thinsp;304</p>').text).toBe('Plus de 1\u202F600 arrestations — selon le BCIJ\u00A0: 4\u2009304');
  });

  it('in a page, decodes text, the title and attribute values, each by its HTML5 rule', () => {
    const page = stripHtml(
      '<html><head><title>Bilan &amp; chiffres &copy=2</title><meta property="og:site_name" content="Caf&eacute; &amp; Co">' +
        '<link rel="canonical" href="/a?x=1&copy=2&amp;y=3"></head><body><p>A &copy=2 and &notit; <b>&amp;</b> more</p></body></html>',
    );
    // In an attribute a legacy name before "=" or a letter is not a reference; in text it is.
    expect(page.meta.url).toBe('/a?x=1&copy=2&y=3');
    expect(page.meta.outlet).toBe('Café & Co');
    expect(page.text).toBe('A ©=2 and ¬it; & more');
    // A "<" that opens no tag is text, and a reference right after it is decoded like any other (HTML5 data state).
    expect(stripHtml('<p>Score 3 <&eacute;t&eacute; 2, x <&amp; y</p>').text).toBe('Score 3 <été 2, x <& y');
  });
});

const NEWS_PAGE = `<!doctype html><html lang="en"><head><title>Morocco: 12 cells | Example News</title></head><body>
<header class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/p">Politics 2020</a></li></ul></header>
<div class="navbar" role="navigation"><a href="/x">Top 10 stories</a></div>
<div id="page"><div class="layout">
  <div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Police arrest 900 suspects in 2015</a></li><li><a href="/b">55 cells in 2016</a></li></ul></div>
  <article class="post">
    <h1>Morocco dismantled 12 cells in 2020</h1>
    <div class="entry-content">
      <p>Moroccan security services dismantled 12 terrorist cells in 2020, the interior ministry said on Monday, in a statement released in Rabat.</p>
      <p>The ministry said 80 suspects were arrested in the operations, which took place in several cities, including Tangier, Fez and Casablanca.</p>
      <p>Read also: Police dismantle 300 cells since 2002</p>
      <p>The statement added that the <a href="/bcij">Central Bureau of Judicial Investigations</a> led most of the operations, with support from intelligence services.</p>
      <ul><li>Tangier: 4 cells</li><li>Fez: 3 cells</li></ul>
      <table><tr><th>Year</th><th>Cells</th></tr><tr><td>2019</td><td>14</td></tr></table>
      <p>First line<br>Second line, 2021.</p>
      <div class="share-buttons"><a href="/s">Share 1,204</a></div>
      <div class="related-posts"><h4>Related</h4><p><a href="/r1">Morocco arrests 77 people in 2018</a></p></div>
    </div>
  </article>
  <div id="comments"><h3>2 comments</h3><p>Great work, 100 cells should be dismantled every year, honestly.</p></div>
</div></div>
<aside>500 subscribers</aside><footer>© 2021 — 3 000 readers</footer>
<p style="display:none">Hidden 42 cells</p>
</body></html>`;

describe('HTML blocks and main content', () => {
  const { text, blocks, meta } = stripHtml(NEWS_PAGE);

  it('keeps the article and drops menus, sidebars, related articles, teasers, sharing, comments and hidden text', () => {
    expect(text).toContain('Moroccan security services dismantled 12 terrorist cells in 2020');
    expect(text).toContain('80 suspects were arrested');
    expect(text).toContain('Central Bureau of Judicial Investigations led most');
    for (const noise of ['Home', 'Politics', 'Top 10', 'Most read', '900 suspects', '55 cells', 'Read also', '300 cells', 'Share', '1,204', 'Related', '77 people', 'comments', '100 cells', '500 subscribers', '3 000', 'Hidden 42']) {
      expect(text, noise).not.toContain(noise);
    }
  });

  it('takes the blocks from the DOM: headline, paragraphs, list items, table cells and br-separated lines', () => {
    const laid = blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
    expect(laid).toEqual([
      ['heading', 'Morocco dismantled 12 cells in 2020'],
      ['paragraph', expect.stringMatching(/^Moroccan security services dismantled 12/)],
      ['paragraph', expect.stringMatching(/^The ministry said 80 suspects/)],
      ['paragraph', expect.stringMatching(/^The statement added that the Central Bureau/)],
      ['list-item', 'Tangier: 4 cells'],
      ['list-item', 'Fez: 3 cells'],
      ['table-cell', 'Year'],
      ['table-cell', 'Cells'],
      ['table-cell', '2019'],
      ['table-cell', '14'],
      ['paragraph', 'First line'],
      ['paragraph', 'Second line, 2021.'],
    ]);
    // Blocks are separated by exactly one blank line, so sentence and paragraph splitting see them.
    expect(text).toBe(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n'));
    expect(meta.title).toBe('Morocco dismantled 12 cells in 2020');
  });

  it('extracts only the article figures, with offsets into the stored text', () => {
    const { document, figures } = extractFromText(NEWS_PAGE, 'news.html');
    expect(document.text).toBe(text);
    expect(figures.map((f) => `${f.metric} ${f.value}`)).toEqual(expect.arrayContaining(['cells_dismantled 12', 'arrests 80']));
    expect(figures.some((f) => [300, 900, 55, 77, 100, 42].includes(f.value))).toBe(false);
    for (const f of figures) expect(document.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('a paragraph inside a quote, a list item or a cell keeps that kind; pre keeps its lines', () => {
    const { text: t, blocks: b } = stripHtml('<blockquote><p>We dismantled 9 cells.</p></blockquote><ul><li><p>One</p><p>Two</p></li></ul><pre>a  b\nc</pre>');
    expect(b.map((x) => [x.kind, t.slice(x.start, x.end)])).toEqual([
      ['quote', 'We dismantled 9 cells.'],
      ['list-item', 'One'],
      ['list-item', 'Two'],
      ['preformatted', 'a b'],
      ['preformatted', 'c'],
    ]);
  });

  it('finds the main content by its text, not its markup: a bare page of paragraphs is kept whole', () => {
    const bare = '<p>Police dismantled 25 cells in 2019, the report said.</p><p>They arrested 300 people.</p>';
    expect(stripHtml(bare).text).toBe('Police dismantled 25 cells in 2019, the report said.\n\nThey arrested 300 people.');
  });

  it('a link-heavy block beside the article loses to the article', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/${i}">Story number ${i} about security, with a long title</a>`).join(' ');
    const page = `<body><div class="x">${links}</div><div class="y"><p>${'The ministry said, in a long statement, that 12 cells were dismantled. '.repeat(6)}</p><p>${'Officials added more, and more, details on the operations. '.repeat(5)}</p></div></body>`;
    const out = stripHtml(page).text;
    expect(out).toContain('12 cells were dismantled');
    expect(out).not.toContain('Story number');
  });
});

describe('Markdown input', () => {
  const MD = `---
title: Khiame: 183 cells
date: 2018-10-08
outlet: Example Monitor
---

# Khiame: 183 cells dismantled since 2002

Moroccan security services have dismantled **183** terrorist cells since 2002, according to the [BCIJ](https://example.org/2018/10/08/x).
`;
  it('reads front matter and the heading, keeps the text verbatim', () => {
    const doc = parseDocument(MD, 'a.md');
    expect(doc.format).toBe('markdown');
    expect(doc.text).toBe(MD);
    expect(doc).toMatchObject({ publishedAt: '2018-10-08', outlet: 'Example Monitor', title: 'Khiame: 183 cells' });
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^Moroccan security services/);
    const { figures } = extractFromText(MD, 'a.md');
    expect(figures.map((f) => `${f.metric} ${f.value} ${f.periodStart}..${f.periodEnd}`)).toEqual(['cells_dismantled 183 2002..2018-10-08']);
  });
});
