import { describe, expect, it } from 'vitest';
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
