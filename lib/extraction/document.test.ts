import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '@/lib/domain/figure';
import { normalizeDate, parseDocument } from './document';

const SEED_DIR = path.join(process.cwd(), 'data', 'seeds');
// The shared corpus sits beside the checkout (as on every machine of this project and in CI); absent, these skip.
const DEV_DIR = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'dev');
const HAS_DEV = fs.existsSync(path.join(DEV_DIR, 'answers.json'));

interface AnswerFile {
  file: string;
  publishedAt: string | null;
  language?: 'en' | 'fr';
  figures: Array<{ quote: string }>;
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const body = (d: ParsedDocument) => d.text.slice(d.bodyStart, d.bodyEnd);

/** What every parsed document must satisfy, whatever its format. */
function expectWellFormed(d: ParsedDocument, raw: string): void {
  expect(d.text).toBe(raw.replace(/^\uFEFF/, ''));
  expect(0 <= d.bodyStart && d.bodyStart < d.bodyEnd && d.bodyEnd <= d.text.length).toBe(true);
  expect(body(d)).toBe(body(d).trim());
  expect(body(d)).not.toMatch(/^(url|date|title|outlet|language)\s*:/im);
  expect(body(d)).not.toMatch(/^\s*date\s+\d{4}-\d{2}-\d{2}/);
  expect(body(d)).not.toMatch(/^source\s*:/im);
  expect(body(d)).not.toMatch(/leave a reply|you must be logged in|pour joindre la rédaction/i);
}

describe('parseDocument on the seed articles', () => {
  it('000: seed style, dated, the body starts right after the date', () => {
    const raw = read(SEED_DIR, '000_a9953d5f311530ff.txt');
    const d = parseDocument(raw);
    expectWellFormed(d, raw);
    expect(d).toMatchObject({ format: 'seed', publishedAt: '2020-02-28', title: null, outlet: null, url: null, language: 'en' });
    expect(body(d).startsWith('In 2019, the US State Department praised')).toBe(true);
    expect(d.bodyEnd).toBe(raw.trimEnd().length);
  });

  it('001 and 004: seed style with their dates', () => {
    for (const [file, date] of [
      ['001_e0e1d749be5599e8.txt', '2020-06-24'],
      ['004_0bae50d70f46aad2.txt', '2020-09-24'],
    ] as const) {
      const raw = read(SEED_DIR, file);
      const d = parseDocument(raw);
      expectWellFormed(d, raw);
      expect(d.format).toBe('seed');
      expect(d.publishedAt).toBe(date);
    }
  });

  it('002: body only; the "Leave a Reply" boilerplate is outside the body', () => {
    const raw = read(SEED_DIR, '002_b1f21f5f835a28a8.txt');
    const d = parseDocument(raw);
    expectWellFormed(d, raw);
    expect(d).toMatchObject({ format: 'body', publishedAt: null, title: null, outlet: null });
    expect(body(d).endsWith('productive compact with the Millennium Challenge Corporation.')).toBe(true);
    expect(d.text.slice(d.bodyEnd)).toContain('Leave a Reply');
  });

  it('003: a title line and a "Source :Morocco World News" trailer', () => {
    const raw = read(SEED_DIR, '003_1d202e1fd9d7f3de.txt');
    const d = parseDocument(raw);
    expectWellFormed(d, raw);
    expect(d).toMatchObject({ format: 'title-trailer', title: 'Moroccan Security', outlet: 'Morocco World News', publishedAt: null, language: 'en' });
    expect(body(d).startsWith('Moroccan authorities have dismantled 168 terrorist cells')).toBe(true);
    expect(body(d).endsWith('to counterattack terrorism,” Moufakir said.')).toBe(true);
  });
});

describe.skipIf(!HAS_DEV)('parseDocument on the dev corpus', () => {
  const answers: AnswerFile[] = HAS_DEV ? (JSON.parse(read(DEV_DIR, 'answers.json')) as AnswerFile[]) : [];
  const FORMAT: Record<string, ParsedDocument['format']> = {};
  for (const n of ['01', '03', '05', '10', '12', '15', '16', '18', '21', '23']) FORMAT[n] = 'header';
  for (const n of ['02', '06', '11', '14', '19', '22']) FORMAT[n] = 'seed';
  for (const n of ['04', '08', '09', '20']) FORMAT[n] = 'title-trailer';
  for (const n of ['07', '13', '17', '24']) FORMAT[n] = 'body';

  it('has an answer for all 24 files', () => {
    expect(answers).toHaveLength(24);
  });

  it.each(answers.map((a) => [a.file, a] as const))('%s: format, date, language, and every answer quote inside the body', (file, answer) => {
    const raw = read(DEV_DIR, file);
    const d = parseDocument(raw);
    expectWellFormed(d, raw);
    expect(d.format).toBe(FORMAT[file.slice(4, 6)]);
    expect(d.publishedAt).toBe(answer.publishedAt);
    if (answer.language) expect(d.language).toBe(answer.language);
    for (const f of answer.figures) {
      const at = d.text.indexOf(f.quote);
      expect(at, f.quote).toBeGreaterThanOrEqual(0);
      // Some occurrence of the quote lies inside the body.
      let inBody = false;
      for (let i = at; i !== -1; i = d.text.indexOf(f.quote, i + 1)) if (i >= d.bodyStart && i + f.quote.length <= d.bodyEnd) inBody = true;
      expect(inBody, f.quote).toBe(true);
    }
  });

  it('01: header fields are read and the header lines are not body', () => {
    const d = parseDocument(read(DEV_DIR, 'dev_01_crt2020_seven_cells.txt'));
    expect(d).toMatchObject({
      url: 'https://example.org/world/africa/2021/12/17/state-department-terrorism-report-morocco',
      publishedAt: '2021-12-17',
      title: 'US terrorism report: Morocco broke up seven cells in a pandemic year',
      outlet: 'Example Wire',
    });
    expect(body(d).startsWith('WASHINGTON/RABAT — Morocco recorded no terrorist incidents in 2020')).toBe(true);
  });

  it('16: "date: unknown" gives no publication date', () => {
    const d = parseDocument(read(DEV_DIR, 'dev_16_hassad_fighters_2014.txt'));
    expect(d.format).toBe('header');
    expect(d.publishedAt).toBeNull();
    expect(d.outlet).toBe('Example Gulf Times');
  });

  it('04 and 08: the Source trailer names the outlet, with or without a space after the colon', () => {
    const d04 = parseDocument(read(DEV_DIR, 'dev_04_cellules_2015_2016_fr.txt'));
    expect(d04).toMatchObject({ title: 'Terrorisme : trois institutions, trois bilans pour 2015 et 2016', outlet: "Le Courrier de l'Exemple", language: 'fr' });
    const d08 = parseDocument(read(DEV_DIR, 'dev_08_bcij_returnees_libya_syria.txt'));
    expect(d08).toMatchObject({ title: "Morocco's anti-terror bureau details arrests of returning fighters", outlet: 'Example Daily Monitor' });
  });

  it('13: the newsroom phone line is outside the body', () => {
    const d = parseDocument(read(DEV_DIR, 'dev_13_dix_huit_cellules_fr.txt'));
    expect(d.text.slice(d.bodyEnd)).toContain('Pour joindre la rédaction');
    expect(body(d).endsWith('demeure le socle des poursuites engagées contre les suspects.')).toBe(true);
  });

  it('17: "Leave a Reply / You must be logged in…" is outside the body', () => {
    const d = parseDocument(read(DEV_DIR, 'dev_17_parliament_mission_fighters.txt'));
    expect(d.format).toBe('body');
    expect(d.text.slice(d.bodyEnd)).toMatch(/Leave a Reply\s+You must be logged in to post a comment\./);
  });
});

describe('parseDocument on synthetic input', () => {
  it('drops a byte-order mark and keeps CRLF verbatim', () => {
    const raw = '\uFEFFdate: 2021-01-02\r\ntitle: T\r\n\r\nMorocco dismantled 5 cells.\r\n';
    const d = parseDocument(raw);
    expect(d.text).toBe(raw.slice(1));
    expect(d).toMatchObject({ format: 'header', publishedAt: '2021-01-02', title: 'T' });
    expect(body(d)).toBe('Morocco dismantled 5 cells.');
  });

  it('a header-like first line that is not a known key is body text', () => {
    const d = parseDocument('Note: the figures below are provisional.\n\nMorocco dismantled 5 cells.');
    expect(d.format).not.toBe('header');
  });

  it('a first line ending like a sentence is not a title', () => {
    const d = parseDocument('Morocco dismantled 5 cells in 2019.\n\nThe report was published on Monday.');
    expect(d.format).toBe('body');
    expect(d.title).toBeNull();
    expect(d.bodyStart).toBe(0);
  });

  it('a French body is detected as French', () => {
    expect(parseDocument("Selon le ministère, les services ont démantelé 12 cellules dans le pays pour l'année.").language).toBe('fr');
  });
});

describe('parseDocument on HTML', () => {
  const PAGE = `<!doctype html><html lang="fr"><head><meta property="og:site_name" content="Exemple">
<meta property="article:published_time" content="2022-03-04T09:00:00+01:00"><title>Bilan | Exemple</title></head>
<body><div class="menu"><a href="/">Accueil</a> <a href="/p">Politique</a></div>
<h1>Le BCIJ a d&eacute;mantel&eacute; 12 cellules</h1>
<p>Selon le BCIJ, 12&nbsp;cellules terroristes ont &eacute;t&eacute; d&eacute;mantel&eacute;es en 2021.<br>Lire aussi&nbsp;: 80 cellules en 2016</p>
<p>Lire aussi : 200 cellules depuis 2002</p>
<ul class="related-links"><li><a href="/x">Un autre article sur 45 cellules</a></li></ul>
<p>Source : Exemple</p></body></html>`;

  it('stores the laid-out blocks as the text, with the body, metadata and trailer read from it', () => {
    const d = parseDocument(PAGE, 'bilan.html');
    expect(d).toMatchObject({ format: 'html', language: 'fr', publishedAt: '2022-03-04', outlet: 'Exemple', title: 'Le BCIJ a démantelé 12 cellules' });
    expect(d.text).toBe('Le BCIJ a démantelé 12 cellules\n\nSelon le BCIJ, 12\u00A0cellules terroristes ont été démantelées en 2021.\n\nSource : Exemple');
    expect(body(d)).toBe('Selon le BCIJ, 12\u00A0cellules terroristes ont été démantelées en 2021.');
    expect(0 <= d.bodyStart && d.bodyStart < d.bodyEnd && d.bodyEnd <= d.text.length).toBe(true);
  });

  it('sniffs HTML without a file name, and reads a .txt that contains tags as text', () => {
    expect(parseDocument(PAGE).format).toBe('html');
    expect(parseDocument(PAGE, 'a.txt').format).not.toBe('html');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2021-12-17', '2021-12-17'],
    ['2021-12', '2021-12'],
    ['2021', '2021'],
    [' 2021-12-17T10:00:00Z', '2021-12-17'],
    ['unknown', null],
    ['2021-13-01', null],
    ['2021-12-32', null],
    [null, null],
  ])('%j → %j', (v, expected) => expect(normalizeDate(v)).toBe(expected));
});
