import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { intervalFor } from '@/lib/domain/qualifiers';
import { extractFigures } from '@/lib/extraction';
import { parseDocument } from '@/lib/extraction/document';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import type { Db } from '@/lib/db/client';
import { ensureMetrics, loadSeedCorpus } from './seed';
import { DocumentRejected, ingestDocument, toRow, type Extractor } from './ingest-document';
import { describeResult, reextractSource } from './reextract';

/** Integration: re-extraction over stored sources on a real (temporary) database. */

const TEXT =
  ' date 2021-05-17 Police dismantled 25 cells in 2020 and arrested 300 people. In 2019, 14 cells were dismantled. ' +
  'Analysts said 7 plots were foiled. The ministry counted 40 returnees. Officials said 12 fighters came back.';

type Spec = Partial<ExtractedFigure> & { quote: string };

function figure(doc: ParsedDocument, s: Spec): ExtractedFigure {
  const start = doc.text.indexOf(s.quote);
  if (start === -1) throw new Error(`not in text: ${s.quote}`);
  const qualifier = s.qualifier ?? 'exact';
  const value = s.value ?? 1;
  const { lower, upper } = intervalFor(qualifier, value);
  return {
    metric: 'cells_dismantled', value, valueText: String(value), qualifier, lower, upper, periodStart: '2020', periodEnd: '2020',
    cumulative: false, asOf: '2021-05-17', scope: null, attributedTo: null, start, end: start + s.quote.length, prefix: '', suffix: '',
    flags: [], ...s,
  };
}

const engine = (specs: Spec[]): Extractor => (doc) => specs.map((s) => figure(doc, s));

const A: Spec = { quote: 'dismantled 25 cells', value: 25 };
const B: Spec = { quote: 'arrested 300 people', metric: 'arrests', value: 300 };
const C: Spec = { quote: '14 cells were dismantled', value: 14, periodStart: '2019', periodEnd: '2019' };
const D: Spec = { quote: '7 plots were foiled', metric: 'plots_foiled', value: 7 };
const E: Spec = { quote: '40 returnees', metric: 'returnees', value: 40 };
const G: Spec = { quote: '12 fighters came back', metric: 'returnees', value: 12 };

async function snapshot(db: Db, ids: number[]) {
  return db.figure.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
}

describe('reextract', () => {
  let t: TestDatabase;
  let db: Db;
  let sourceId: number;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestDatabase();
    db = t.db;
    await ensureMetrics(db);
    const r = await ingestDocument(db, { text: TEXT, fileName: 'a.txt' }, { extract: engine([A, B, C, D, E, G]) });
    sourceId = r.sourceId;
    const rows = await db.figure.findMany({ where: { sourceId }, orderBy: { id: 'asc' } });
    for (const [k, f] of ['A', 'B', 'C', 'D', 'E', 'G'].map((k, i) => [k, rows[i]!] as const)) id[k] = f.id;
    // What people did: A accepted, B rejected, E accepted then sent back to pending (a person has dealt with it),
    // G deleted; and an analyst added a figure the engine never found.
    await db.figure.update({ where: { id: id.A }, data: { reviewStatus: 'reviewed', reviewEvents: { create: { action: 'accept', actor: 'ana', fromStatus: 'pending', toStatus: 'reviewed' } } } });
    await db.figure.update({ where: { id: id.B }, data: { reviewStatus: 'rejected', reviewEvents: { create: { action: 'reject', actor: 'ana', fromStatus: 'pending', toStatus: 'rejected' } } } });
    await db.reviewEvent.createMany({
      data: [
        { figureId: id.E!, action: 'accept', actor: 'ana', fromStatus: 'pending', toStatus: 'reviewed' },
        { figureId: id.E!, action: 'reset', actor: 'ana', fromStatus: 'reviewed', toStatus: 'pending' },
      ],
    });
    await db.figure.update({ where: { id: id.G }, data: { deletedAt: new Date() } });
    const doc = parseDocument(TEXT, 'a.txt');
    const analyst = await db.figure.create({ data: { ...toRow(doc, figure(doc, { quote: 'arrested 300 people', metric: 'arrests', value: 300 }), 'reviewed', 'analyst'), sourceId } });
    id.analyst = analyst.id;
  });
  afterAll(async () => t.close());

  it('adds new findings as pending, marks pending figures no longer found, and leaves every settled figure exactly as it was', async () => {
    const settledIds = [id.A!, id.B!, id.E!, id.G!, id.analyst!];
    const before = await snapshot(db, settledIds);
    // The new engine: A with another scope (still the reviewed number), B again (rejected), C with another period,
    // D gone, E and G gone, and one new figure.
    const C2: Spec = { ...C, periodStart: '2018', periodEnd: '2019' };
    const NEW: Spec = { quote: 'counted 40 returnees', metric: 'returnees_prosecuted', value: 40 };
    const v2 = engine([{ ...A, scope: 'BCIJ operations' }, B, C2, NEW]);
    const r = await reextractSource(db, sourceId, v2);
    expect(r).toMatchObject({ added: 2, notFound: 2, foundAgain: 0, unchanged: 0, settled: 5, coveredBySettled: 2 });
    expect(await snapshot(db, settledIds)).toEqual(before);

    const rows = await db.figure.findMany({ where: { sourceId }, orderBy: { id: 'asc' } });
    const pending = rows.filter((f) => f.reviewStatus === 'pending' && f.origin === 'extracted' && f.deletedAt === null && f.id !== id.E);
    expect(pending.map((f) => [f.metricKey, f.value, f.periodStart, f.notFoundByEngine])).toEqual([
      ['cells_dismantled', 14, '2019', true],
      ['plots_foiled', 7, '2020', true],
      ['cells_dismantled', 14, '2018', false],
      ['returnees_prosecuted', 40, '2020', false],
    ]);
    // No duplicate of a reviewed, rejected or analyst figure.
    expect(rows.filter((f) => f.metricKey === 'cells_dismantled' && f.value === 25)).toHaveLength(1);
    expect(rows.filter((f) => f.metricKey === 'arrests' && f.value === 300)).toHaveLength(2); // B (rejected) and the analyst's
    for (const f of rows) expect(TEXT.slice(f.quoteStart, f.quoteEnd)).toBe(f.quote);
    expect(describeResult(r)).toBe(
      'source 1 (a.txt): 2 new pending, 2 no longer found, 0 unchanged, 5 reviewed or analyst figures kept as they are, 2 findings already stated by those',
    );
  });

  it('is idempotent: the same engine again changes nothing', async () => {
    const before = await db.figure.findMany({ where: { sourceId }, orderBy: { id: 'asc' } });
    const v2 = engine([{ ...A, scope: 'BCIJ operations' }, B, { ...C, periodStart: '2018', periodEnd: '2019' }, { quote: 'counted 40 returnees', metric: 'returnees_prosecuted', value: 40 }]);
    const r = await reextractSource(db, sourceId, v2);
    expect(r).toMatchObject({ added: 0, unchanged: 2, notFound: 2, foundAgain: 0 });
    expect(await db.figure.findMany({ where: { sourceId }, orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('clears the mark when a later engine finds the figure again', async () => {
    const r = await reextractSource(db, sourceId, engine([D]));
    expect(r).toMatchObject({ added: 0, foundAgain: 1 });
    expect((await db.figure.findUniqueOrThrow({ where: { id: id.D } })).notFoundByEngine).toBe(false);
  });

  it('an engine failure or a flood changes nothing and is reported', async () => {
    const before = await db.figure.findMany({ where: { sourceId }, orderBy: { id: 'asc' } });
    const crash: Extractor = () => {
      throw new Error('boom');
    };
    await expect(reextractSource(db, sourceId, crash)).rejects.toThrow(new DocumentRejected('extraction failed (boom)'));
    await expect(reextractSource(db, sourceId, engine(Array.from({ length: 51 }, () => D)))).rejects.toThrow(/too many figures for its length/);
    expect(await db.figure.findMany({ where: { sourceId }, orderBy: { id: 'asc' } })).toEqual(before);
  });
});

describe('reextract with the real engine over the seed corpus', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.close());

  it('adds nothing and changes no reviewed figure when the engine has not changed', async () => {
    await loadSeedCorpus(t.db, extractFigures);
    const before = await t.db.figure.findMany({ orderBy: { id: 'asc' } });
    for (const s of await t.db.source.findMany({ select: { id: true } })) {
      const r = await reextractSource(t.db, s.id, extractFigures);
      expect(r.added, describeResult(r)).toBe(0);
    }
    expect(await t.db.figure.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(before.filter((f) => f.reviewStatus === 'reviewed')).toHaveLength(15);
  });
});
