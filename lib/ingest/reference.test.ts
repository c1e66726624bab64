import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFigures } from '@/lib/extraction';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { getFigure, getFigurePage } from '@/lib/data/figures';
import { getSource, getSources } from '@/lib/data/sources';
import { textFragmentUrl } from '@/lib/view/text-fragment';
import { parseFigureFilters } from '@/lib/data/schemas';
import { csvHeader, csvRow } from '@/lib/export/csv';
import { dataSetsFromEnv, loadDefaultData, REFERENCE_DIR } from './seed';
import { urlKey } from './url-key';
import type { AnswerFile } from '@/lib/extraction/score';

/** Every source, through the list's pages (the sources page shows 50 at a time). */
async function allSources() {
  const first = await getSources();
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => getSources({ page: i + 2 })));
  return [first, ...rest].flatMap((p) => p.sources);
}

/**
 * The reference data set as the run line loads it (seeds + reference excerpts, the real extractor, the real
 * database), checked against the labels it was made from: every one of the 220 labelled figures is on the
 * dashboard exactly once, reviewed, with its exact quote highlighted in the stored excerpt and a link to it in the
 * original article; nothing else from the excerpts is visible.
 */
const ANSWERS = path.join(process.cwd(), '..', 'shared', 'corpus', 'real', 'answers.json');
// The labels live in the shared corpus beside the checkout (as on every machine of this project and in CI); a
// clone placed elsewhere has no labels to check against, so these skip there (as lib/extraction/document.test.ts).
const HAS_LABELS = fs.existsSync(ANSWERS);
type RealAnswer = AnswerFile & { url: string; publishedAt: string | null; language: 'en' | 'fr' };
const answers = HAS_LABELS ? (JSON.parse(fs.readFileSync(ANSWERS, 'utf8')) as RealAnswer[]).filter((a) => a.figures.length > 0) : [];

let t: TestDatabase;
beforeAll(async () => {
  if (!HAS_LABELS) return;
  t = await createTestDatabase();
  useAsAppDatabase(t);
  await loadDefaultData(t.db, extractFigures, ['seeds', 'reference']);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe.skipIf(!HAS_LABELS)('the reference data set on the dashboard', () => {
  it('is 220 figures from the 70 articles that state any', () => {
    expect(answers).toHaveLength(70);
    expect(answers.reduce((n, a) => n + a.figures.length, 0)).toBe(220);
  });

  it('each article is one excerpt source with its address, outlet, date and language', async () => {
    const sources = await allSources();
    const excerpts = sources.filter((s) => s.kind === 'excerpt');
    expect(excerpts).toHaveLength(70);
    expect(sources.filter((s) => s.kind === 'full')).toHaveLength(5); // the seeds
    for (const a of answers) {
      const matching = excerpts.filter((s) => s.url && urlKey(s.url) === urlKey(a.url));
      expect(matching, a.file).toHaveLength(1);
      const s = matching[0]!;
      expect(s.url).toBe(a.url);
      expect(s.publishedAt).toBe(a.publishedAt);
      expect(s.language).toBe(a.language);
    }
    // An excerpt is named by its first passage, not by its passages run together.
    expect(excerpts.find((s) => s.url === 'https://www.gfatf.org/archives/morocco/')!.headline).toBe('Since 2002, Morocco has successfully thwarted over 500 terrorist plots');
    // Outlets come from the address: all but the one page served from a bare IP address have one.
    expect(excerpts.filter((s) => s.outlet === null).map((s) => s.url)).toEqual([expect.stringMatching(/^http:\/\/3\.72\.39\.107\//)]);
  });

  it('every labelled figure is shown exactly once, reviewed, its exact quote at its offsets, with a link to the quote in the original', async () => {
    const byKey = new Map((await allSources()).filter((s) => s.kind === 'excerpt').map((s) => [urlKey(s.url), s.id]));
    let checked = 0;
    for (const a of answers) {
      const source = await getSource(byKey.get(urlKey(a.url))!);
      expect(source, a.file).not.toBeNull();
      // Visible figures of the excerpt are exactly the labelled ones: unlabelled extractor output stays rejected.
      expect(source!.figures, a.file).toHaveLength(a.figures.length);
      const unclaimed = [...source!.figures];
      for (const label of a.figures) {
        const i = unclaimed.findIndex(
          (f) =>
            f.metricKey === label.metric &&
            f.value === label.value &&
            f.qualifier === label.qualifier &&
            f.periodStart === label.periodStart &&
            f.periodEnd === label.periodEnd &&
            f.cumulative === label.cumulative &&
            f.scope === label.scope &&
            f.attributedTo === label.attributedTo &&
            f.quote === label.quote,
        );
        expect(i, `${a.file}: ${label.quote}`).not.toBe(-1);
        const f = unclaimed.splice(i, 1)[0]!;
        expect(f.reviewStatus).toBe('reviewed');
        expect(source!.text.slice(f.quoteStart, f.quoteEnd)).toBe(label.quote);
        expect(f.quoteLink).toBe(textFragmentUrl(a.url, label.quote));
        // The figure page reads it too, with the source marked as an excerpt.
        const page = await getFigure(f.id);
        expect(page).toMatchObject({ quote: label.quote, source: { kind: 'excerpt', url: a.url } });
        checked++;
      }
    }
    expect(checked).toBe(220);
  });

  it('the figures table shows the 220 with the 15 seed figures, all reviewed, nothing pending', async () => {
    expect((await getFigurePage({ status: 'reviewed' })).total).toBe(235);
    expect((await getFigurePage({})).total).toBe(235);
  });

  it('excerpts can be left out where the engine is scored against stored figures (sourceKind=full, also in the export)', async () => {
    const { filters, problems } = parseFigureFilters({ sourceKind: 'full' });
    expect(problems).toEqual([]);
    expect((await getFigurePage(filters)).total).toBe(15);
    expect((await getFigurePage({ sourceKind: 'excerpt' })).total).toBe(220);
    expect(parseFigureFilters({ sourceKind: 'partial' }).problems).toEqual(['Ignored source kind “partial”: it must be one of full, excerpt.']);
    const [row] = (await getFigurePage({ sourceKind: 'excerpt' })).rows;
    expect(csvHeader().trim().split(',').slice(-2)).toEqual(['source_kind', 'quote_link']);
    expect(csvRow(row!)).toContain(`,excerpt,${row!.quoteLink!.includes(',') ? `"${row!.quoteLink}"` : row!.quoteLink}\r\n`);
  });

  it('an excerpt stores only quoted passages: every paragraph of its body is covered by its figures’ quotes', async () => {
    for (const s of (await allSources()).filter((x) => x.kind === 'excerpt')) {
      const detail = (await getSource(s.id))!;
      const all = await t.db.figure.findMany({ where: { sourceId: s.id, reviewStatus: 'reviewed' }, select: { quoteStart: true, quoteEnd: true } });
      const covered = new Uint8Array(detail.text.length);
      for (const f of all) covered.fill(1, f.quoteStart, f.quoteEnd);
      const body = detail.text.slice(detail.bodyStart, detail.bodyEnd);
      let at = detail.bodyStart;
      for (const para of body.split('\n\n')) {
        for (let i = at; i < at + para.length; i++) expect(covered[i], `${s.url}: "${para}"`).toBe(1);
        at += para.length + 2;
      }
    }
  });
});

describe('the data switch', () => {
  it('loads seeds and reference data by default, the seeds only with CTSTATS_DATA=seeds, and refuses anything else', () => {
    expect(dataSetsFromEnv({})).toEqual(['seeds', 'reference']);
    expect(dataSetsFromEnv({ CTSTATS_DATA: 'all' })).toEqual(['seeds', 'reference']);
    expect(dataSetsFromEnv({ CTSTATS_DATA: 'seeds' })).toEqual(['seeds']);
    expect(() => dataSetsFromEnv({ CTSTATS_DATA: 'everything' })).toThrow(/CTSTATS_DATA must be "all"/);
  });

  it('the committed reference folder holds the 70 excerpts and their decisions', () => {
    expect(fs.readdirSync(REFERENCE_DIR).filter((f) => f.endsWith('.txt'))).toHaveLength(70);
  });
});
