import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureMetrics } from '@/lib/ingest/seed';
import { ingestPending, loadTestCorpus } from '@/lib/test/corpus';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { applyReviewAction } from './review';
import { getFigurePage } from './figures';
import { searchFigureIds, searchSite } from './search';
import { setSourceWithdrawn } from './source-edits';
import { SNIPPET_END, SNIPPET_START } from './search-query';

/** Full-text search against a real database (SQLite FTS5 by default, PostgreSQL tsvector with TEST_DATABASE_URL). */
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  useAsAppDatabase(t);
  await loadTestCorpus(t.db);
  await ensureMetrics(t.db);
});
afterAll(() => t.close());

const hits = (snippet: string) => [...snippet.matchAll(new RegExp(`${SNIPPET_START}([^${SNIPPET_END}]*)${SNIPPET_END}`, 'g'))].map((m) => m[1]);

describe('full-text search', () => {
  it('is accent-insensitive both ways, for figures and source texts (French)', async () => {
    const id = await ingestPending(t.db, { date: '2022-05-02', title: 'Bilan du BCIJ', outlet: 'Le Desk' }, [
      { sentence: 'Les services ont démantelé 12 cellules terroristes en 2021.', quote: 'démantelé 12 cellules terroristes', value: 12, periodStart: '2021', periodEnd: '2021' },
    ]);
    const [withoutAccents, withAccents] = await Promise.all([searchFigureIds('demantele 12'), searchFigureIds('DÉMANTELÉ')]);
    expect(withoutAccents).toHaveLength(1);
    expect(withAccents).toEqual(withoutAccents);
    const site = await searchSite('demantele');
    expect(site.figures.map((h) => h.figure.sourceId)).toContain(id);
    expect(hits(site.figures.find((h) => h.figure.sourceId === id)!.snippet)).toEqual(['démantelé']);
    const source = site.sources.find((s) => s.id === id)!;
    expect(source.title).toBe('Bilan du BCIJ');
    expect(hits(source.snippet)).toContain('démantelé');
  });

  it('kept in sync with writes: a new figure is found at once, a rejected or deleted one is not', async () => {
    expect(await searchFigureIds('zygomorphic')).toEqual([]);
    await ingestPending(t.db, { date: '2022-06-01', title: 'Rare word', outlet: 'Rare' }, [{ sentence: 'The zygomorphic unit made 3 arrests.', quote: 'zygomorphic unit made 3 arrests', metric: 'arrests', value: 3 }]);
    const [id] = await searchFigureIds('zygomorphic');
    expect(id).toBeDefined();
    await applyReviewAction(id!, 'reject', 'tester', null);
    expect(await searchFigureIds('zygomorphic')).toEqual([]);
    await applyReviewAction(id!, 'reset', 'tester', null);
    expect(await searchFigureIds('zygomorphic')).toEqual([id]);
    await applyReviewAction(id!, 'delete', 'tester', null);
    expect(await searchFigureIds('zygomorphic')).toEqual([]);
  });

  it('follows the pages’ visibility: pending figures only when asked for, nothing of a withdrawn source', async () => {
    const sourceId = await ingestPending(t.db, { date: '2022-08-01', title: 'Axolotl report', outlet: 'Axo' }, [{ sentence: 'The axolotl cell had 4 members.', quote: 'axolotl cell had 4 members', value: 4 }]);
    expect((await searchSite('axolotl', 20, 'current')).figures).toHaveLength(1);
    expect((await searchSite('axolotl', 20, 'reviewed')).figures).toHaveLength(0);
    expect((await searchSite('axolotl')).sources.map((s) => s.id)).toEqual([sourceId]);
    await setSourceWithdrawn(sourceId, true, 'tester', null);
    expect(await searchFigureIds('axolotl')).toEqual([]);
    expect(await searchSite('axolotl')).toMatchObject({ figures: [], sources: [] });
    await setSourceWithdrawn(sourceId, false, 'tester', null);
    expect(await searchFigureIds('axolotl')).toHaveLength(1);
  });

  it('ranks a closer match first, and treats query syntax as words', async () => {
    await ingestPending(t.db, { date: '2022-07-01', title: 'Ranking', outlet: 'Rank' }, [
      { sentence: 'Quokka quokka quokka cells were found.', quote: 'Quokka quokka quokka cells', value: 5 },
      { sentence: 'One quokka and many other words in a long sentence about something else entirely.', quote: 'One quokka and many other words in a long sentence about something else entirely', value: 6 },
    ]);
    const ranked = (await searchSite('quokka')).figures.map((h) => h.figure.value);
    expect(ranked).toEqual([5, 6]);
    for (const q of ['"', 'quokka OR', 'NEAR(', '*', "'; DROP TABLE Figure; --"]) await expect(searchFigureIds(q)).resolves.toBeInstanceOf(Array);
    expect(await t.db.figure.count()).toBeGreaterThan(0);
  });

  it('ranks the most recent matches only (a bounded cost), all of them while there are fewer', async () => {
    await ingestPending(t.db, { date: '2022-07-02', title: 'Numbat ranking', outlet: 'Rank' }, [
      { sentence: 'Numbat numbat numbat cells were found.', quote: 'Numbat numbat numbat cells', value: 7 },
      { sentence: 'One numbat and many other words in a long sentence about something else entirely.', quote: 'One numbat and many other words in a long sentence about something else entirely', value: 8 },
    ]);
    // Both candidates: the closer match first, as without a bound.
    expect((await searchSite('numbat', 20, 'current', 2)).figures.map((h) => h.figure.value)).toEqual([7, 8]);
    // One candidate: the most recently stored match, whatever its rank; "more" is still said.
    const one = await searchSite('numbat', 1, 'current', 1);
    expect(one.figures.map((h) => h.figure.value)).toEqual([8]);
    expect(hits(one.figures[0]!.snippet)).toEqual(['numbat']);
    expect((await searchSite('numbat', 20, 'current', 1)).sources.map((s) => s.title)).toEqual(['Numbat ranking']);
    expect((await searchSite('numbat', 1, 'current', 2)).moreFigures).toBe(true);
  });

  it('the site search takes the words as typed while they fill a page, and widens to the words they begin only then', async () => {
    await ingestPending(t.db, { date: '2022-07-03', title: 'Wombat counts', outlet: 'Rank' }, [
      { sentence: 'A wombat cell had 21 members.', quote: 'wombat cell had 21 members', value: 21 },
      { sentence: 'A second wombat cell had 22 members.', quote: 'second wombat cell had 22 members', value: 22 },
      { sentence: 'A third wombat cell had 23 members.', quote: 'third wombat cell had 23 members', value: 23 },
      { sentence: 'Two wombats cells had 24 members.', quote: 'wombats cells had 24 members', value: 24 },
    ]);
    // Three whole-word matches fill a page of two: the word "wombats" is not gathered in, and more are said.
    const page = await searchSite('wombat', 2);
    expect(page.figures).toHaveLength(2);
    expect(page.figures.every((h) => hits(h.snippet).every((w) => w!.toLowerCase() === 'wombat'))).toBe(true);
    expect(page.moreFigures).toBe(true);
    // A page of five is not filled by the three: the words "wombat" begins are searched too, ranked together.
    expect((await searchSite('wombat', 5)).figures.map((h) => h.figure.value).sort()).toEqual([21, 22, 23, 24]);
    // A word typed in part finds the whole words, as before.
    expect((await searchSite('womb', 5)).figures.map((h) => h.figure.value).sort()).toEqual([21, 22, 23, 24]);
  });

  it('the table search uses it and combines with the other filters', async () => {
    const page = await getFigurePage({ q: 'quokka', metric: 'cells_dismantled' });
    expect(page.rows.map((r) => r.value).sort()).toEqual([5, 6]);
    expect((await getFigurePage({ q: 'quokka', metric: 'arrests' })).total).toBe(0);
  });
});
