import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTestCorpus } from '@/lib/test/corpus';
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from '@/lib/test/database';
import { deriveFigureColumns } from '@/lib/domain/derive';
import { correctFigure, CorrectionRefused, getFigureEditState, getFigureHistory } from './corrections';
import { addAnalystFigure, AddFigureRefused } from './analyst-figures';
import { acceptRestOfSource } from './review-queue';
import type { FigureFields } from './edit-schemas';

let t: TestDatabase;
let figureId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  useAsAppDatabase(t);
  await loadTestCorpus(t.db);
  figureId = (await t.db.figure.findFirstOrThrow({ where: { deletedAt: null, cumulative: false }, orderBy: { id: 'asc' } })).id;
});

afterAll(async () => {
  await t?.close();
});

describe('correcting a figure', () => {
  it('writes the fields, re-derives interval, years and comparison key, bumps the version and records each change', async () => {
    const opened = (await getFigureEditState(figureId))!;
    const next: FigureFields = { ...opened.fields, value: opened.fields.value + 7, qualifier: 'more_than', periodStart: '2011', periodEnd: '2013', scope: 'Casablanca' };
    const result = await correctFigure(figureId, opened.version, next, 'Ada', 'typo in the source');
    expect(result).toMatchObject({ status: 'saved', version: opened.version + 1 });
    const row = await t.db.figure.findUniqueOrThrow({ where: { id: figureId } });
    const derived = deriveFigureColumns({ ...next, geography: row.geography });
    expect(row).toMatchObject({ value: next.value, qualifier: 'more_than', ...derived, version: opened.version + 1 });
    expect(derived).toMatchObject({ lower: next.value, upper: null, lowerInclusive: false, periodStartYear: 2011, periodEndYear: 2013 });
    expect(row.comparisonKey).toContain('|casablanca|2011..2013');
    const changes = await t.db.figureChange.findMany({ where: { figureId }, orderBy: { id: 'asc' } });
    expect(changes.map((c) => c.field).sort()).toEqual(['periodEnd', 'periodStart', 'qualifier', 'scope', 'value'].filter((f) => (opened.fields as Record<string, unknown>)[f] !== (next as Record<string, unknown>)[f]).sort());
    expect(changes.find((c) => c.field === 'value')).toMatchObject({ before: String(opened.fields.value), after: String(next.value), actor: 'Ada', note: 'typo in the source' });
    const history = await getFigureHistory(figureId);
    expect(history[0]).toMatchObject({ kind: 'correction', actor: 'Ada', note: 'typo in the source' });
    expect(history[0]!.lines.length).toBe(changes.length);
  });

  it('refuses a form opened on an older version, changes nothing and returns the current values', async () => {
    const now = (await getFigureEditState(figureId))!;
    const before = await t.db.figure.findUniqueOrThrow({ where: { id: figureId } });
    const result = await correctFigure(figureId, now.version - 1, { ...now.fields, value: 1 }, 'Bob', null);
    expect(result).toEqual({ status: 'conflict', current: now });
    expect(await t.db.figure.findUniqueOrThrow({ where: { id: figureId } })).toEqual(before);
    expect(await t.db.figureChange.count({ where: { figureId, actor: 'Bob' } })).toBe(0);
  });

  it('two saves from the same opened version: the first wins, the second is told', async () => {
    const opened = (await getFigureEditState(figureId))!;
    const [a, b] = await Promise.all([
      correctFigure(figureId, opened.version, { ...opened.fields, value: 11 }, 'Ada', null),
      correctFigure(figureId, opened.version, { ...opened.fields, value: 22 }, 'Bob', null),
    ]);
    expect([a.status, b.status].sort()).toEqual(['conflict', 'saved']);
    const row = await t.db.figure.findUniqueOrThrow({ where: { id: figureId } });
    expect([11, 22]).toContain(row.value);
    expect(row.version).toBe(opened.version + 1);
  });

  it('an unchanged form saves nothing; an unknown metric or a deleted figure is refused', async () => {
    const now = (await getFigureEditState(figureId))!;
    expect(await correctFigure(figureId, now.version, now.fields, 'Ada', null)).toEqual({ status: 'unchanged' });
    await expect(correctFigure(figureId, now.version, { ...now.fields, metricKey: 'no_such_metric' }, 'Ada', null)).rejects.toBeInstanceOf(CorrectionRefused);
    const deleted = await t.db.figure.findFirstOrThrow({ where: { deletedAt: { not: null } } });
    await expect(correctFigure(deleted.id, deleted.version, now.fields, 'Ada', null)).rejects.toThrow(/deleted/);
    await expect(correctFigure(999_999, 1, now.fields, 'Ada', null)).rejects.toThrow(/does not exist/);
  });
});

describe('adding a missed figure from a selection', () => {
  it('stores it as a reviewed analyst figure when the quote is the text at its offsets', async () => {
    const source = await t.db.source.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const start = source.bodyStart;
    const quote = source.text.slice(start, start + 20);
    const fields: FigureFields = { metricKey: 'arrests', value: 12, qualifier: 'exact', periodStart: '2018', periodEnd: null, cumulative: false, asOf: null, scope: null, attributedTo: null };
    const id = await addAnalystFigure({ ...fields, sourceId: source.id, quoteStart: start, quoteEnd: start + 20, quote, valueText: '12', note: null }, 'Ada');
    const row = await t.db.figure.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ origin: 'analyst', reviewStatus: 'reviewed', quote, periodEndYear: 2018 });
    expect(await t.db.reviewEvent.count({ where: { figureId: id, action: 'add', actor: 'Ada' } })).toBe(1);
    const count = await t.db.figure.count();
    await expect(addAnalystFigure({ ...fields, sourceId: source.id, quoteStart: start + 1, quoteEnd: start + 21, quote, valueText: null, note: null }, 'Ada')).rejects.toBeInstanceOf(AddFigureRefused);
    expect(await t.db.figure.count()).toBe(count);
  });
});

describe('accepting the rest of a source', () => {
  it('accepts every pending figure of the source and records each', async () => {
    const pending = await t.db.figure.findFirstOrThrow({ where: { reviewStatus: 'pending', deletedAt: null } });
    const n = await t.db.figure.count({ where: { sourceId: pending.sourceId, reviewStatus: 'pending', deletedAt: null } });
    expect(await acceptRestOfSource(pending.sourceId, 'Ada')).toBe(n);
    expect(await t.db.figure.count({ where: { sourceId: pending.sourceId, reviewStatus: 'pending', deletedAt: null } })).toBe(0);
    expect(await acceptRestOfSource(pending.sourceId, 'Ada')).toBe(0);
  });
});
