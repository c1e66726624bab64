import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { extractFigures } from '@/lib/extraction';
import { deriveFigureColumns } from '@/lib/domain/derive';
import { ensureMetrics } from './seed';
import { DocumentRejected, extractForStorage, ingestDocument, readDocument, type ChosenFigure } from './ingest-document';

/** The web form's way in: the same ingestDocument, with the figures an analyst kept and the details they typed. */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await ensureMetrics(t.db);
});
afterAll(async () => {
  await t?.close();
});

const TEXT = 'Wire - Police dismantled 14 terrorist cells in 2023 and arrested 120 suspects in 2023, the BCIJ said.\n';

describe('ingestDocument with chosen figures', () => {
  it('typed details override the document and become the as-of date of extracted figures', () => {
    const doc = readDocument(TEXT, null, { publishedAt: '2024-03-12', outlet: 'Typed Outlet', language: 'fr' });
    expect(doc).toMatchObject({ publishedAt: '2024-03-12', outlet: 'Typed Outlet', language: 'fr' });
    expect(extractForStorage(readDocument(TEXT, null, { publishedAt: '2024-03-12' }), extractFigures).every((f) => f.asOf === '2024-03-12')).toBe(true);
  });

  it('stores only the kept figures, each with its status, the derived columns from the one derivation, and the source not public', async () => {
    const doc = readDocument(TEXT, null, {});
    const [first, second] = extractForStorage(doc, extractFigures);
    expect(second).toBeDefined();
    const chosen: ChosenFigure[] = [{ ...second!, value: 121, reviewStatus: 'reviewed' }];
    const r = await ingestDocument(t.db, { text: TEXT, isPublic: false }, { extract: extractFigures, chosen });
    expect(r).toMatchObject({ status: 'added', figures: { added: 1, reviewed: 1, pending: 0 } });
    const rows = await t.db.figure.findMany({ where: { sourceId: r.sourceId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 121, reviewStatus: 'reviewed', quote: second!.quote });
    expect(rows[0]).toMatchObject(deriveFigureColumns({ metricKey: second!.metric, value: 121, qualifier: second!.qualifier, periodStart: second!.periodStart, periodEnd: second!.periodEnd, cumulative: second!.cumulative, scope: second!.scope, geography: 'MA' }));
    expect(rows.some((x) => x.quote === first!.quote)).toBe(false);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: r.sourceId } })).isPublic).toBe(false);
    // The same text again adds nothing.
    expect((await ingestDocument(t.db, { text: TEXT }, { extract: extractFigures, chosen })).status).toBe('duplicate');
  });

  it('a kept figure whose quote is not the text at its offsets rejects the document before anything is stored', async () => {
    const text = TEXT.replace('Wire', 'Other wire');
    const [f] = extractForStorage(readDocument(text, null, {}), extractFigures);
    const before = await t.db.source.count();
    await expect(ingestDocument(t.db, { text }, { extract: extractFigures, chosen: [{ ...f!, start: f!.start + 1, end: f!.end + 1, reviewStatus: 'pending' }] })).rejects.toBeInstanceOf(DocumentRejected);
    expect(await t.db.source.count()).toBe(before);
  });
});
