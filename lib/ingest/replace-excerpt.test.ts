import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFigures } from '@/lib/extraction';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { ingestDocument, QUOTE_NOT_FOUND } from './ingest-document';
import { loadSeedCorpus, REFERENCE_DIR } from './seed';

/**
 * The same article arriving later in full: matched to its excerpt by normalised address, it replaces the excerpt
 * in the same source and the reviewed figures are found again in it. The "full text" here is written for the test
 * around the excerpt's quotes (the real article is third-party text and is not in the repository).
 */
const opened: TestDatabase[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

const EXCERPT = 'ra_06_dkhissi-500-plots-214-cells.txt'; // https://www.gfatf.org/archives/morocco/

function fullText(variant: { nbsp?: boolean; drop?: string } = {}): string {
  const body = [
    'Morocco’s counter-terrorism record, as presented at a regional security forum.',
    'Since 2002, Morocco has successfully thwarted over 500 terrorist plots, officials said.',
    `The figures include the dismantling of 214 terrorist cells between 2002 and 2021, bringing${variant.nbsp ? '\u00a0' : ' '}4,304 suspects to court.`,
    'In 2021 alone, the security services dismantled 9 terrorist cells.',
  ].filter((p) => !variant.drop || !p.includes(variant.drop));
  return `url: https://gfatf.org/archives/morocco\ndate: 2022-10-03\ntitle: Morocco: counter-terrorism archive\n\n${body.join('\n\n')}\n`;
}

async function withReference() {
  const t = await createTestDatabase();
  opened.push(t);
  await loadSeedCorpus(t.db, extractFigures, REFERENCE_DIR);
  const excerpt = await t.db.source.findFirstOrThrow({ where: { fileName: EXCERPT }, include: { figures: { where: { reviewStatus: 'reviewed' } } } });
  return { db: t.db, excerpt };
}

describe('a full article replacing its excerpt', () => {
  it('keeps the source, swaps in the full text and re-anchors every reviewed figure to it', async () => {
    const { db, excerpt } = await withReference();
    expect(excerpt.kind).toBe('excerpt');
    const sources = await db.source.count();
    const result = await ingestDocument(db, { text: fullText({ nbsp: true }), fileName: 'gfatf-full.txt' }, { extract: extractFigures });
    expect(result).toMatchObject({ status: 'replaced', sourceId: excerpt.id, reanchored: { found: expect.any(Number), notFound: 0 } });
    expect(await db.source.count()).toBe(sources);

    const after = await db.source.findUniqueOrThrow({ where: { id: excerpt.id }, include: { figures: true } });
    expect(after).toMatchObject({ kind: 'full', text: fullText({ nbsp: true }), title: 'Morocco: counter-terrorism archive', outlet: 'GFATF', publishedAt: '2022-10-03', fileName: 'gfatf-full.txt' });
    const reviewed = after.figures.filter((f) => f.reviewStatus === 'reviewed');
    expect(reviewed.map((f) => f.id).sort()).toEqual(excerpt.figures.map((f) => f.id).sort());
    for (const f of after.figures) expect(after.text.slice(f.quoteStart, f.quoteEnd)).toBe(f.quote);
    // The quote across a no-break space now quotes the full text verbatim.
    expect(reviewed.find((f) => f.value === 4304)!.quote).toBe('214 terrorist cells between 2002 and 2021, bringing\u00a04,304 suspects to court');
    // What the full text adds awaits review; nothing the analyst settled is duplicated.
    const pending = after.figures.filter((f) => f.reviewStatus === 'pending');
    expect(pending.map((f) => [f.metricKey, f.value])).toEqual([['cells_dismantled', 9]]);
    expect(result.figures).toMatchObject({ added: 1, pending: 1 });

    // The same full text again is a duplicate of the (now full) source.
    expect(await ingestDocument(db, { text: fullText({ nbsp: true }) }, { extract: extractFigures })).toMatchObject({ status: 'duplicate', sourceId: excerpt.id });
  });

  it('a reviewed quote the full text lacks is kept and flagged, not dropped', async () => {
    const { db, excerpt } = await withReference();
    const result = await ingestDocument(db, { text: fullText({ drop: 'thwarted' }) }, { extract: extractFigures });
    expect(result).toMatchObject({ status: 'replaced', reanchored: { notFound: 1 } });
    const plots = await db.figure.findFirstOrThrow({ where: { sourceId: excerpt.id, metricKey: 'plots_foiled' } });
    expect(plots).toMatchObject({ reviewStatus: 'reviewed', deletedAt: null, quote: 'Since 2002, Morocco has successfully thwarted over 500 terrorist plots' });
    expect(plots.flags.split(' ')).toContain(QUOTE_NOT_FOUND);
  });

  it('a different article, or one without an address, is a new source', async () => {
    const { db } = await withReference();
    const before = await db.source.count();
    const other = fullText().replace('url: https://gfatf.org/archives/morocco', 'url: https://gfatf.org/archives/algeria');
    expect((await ingestDocument(db, { text: other }, { extract: extractFigures })).status).toBe('added');
    expect((await ingestDocument(db, { text: fullText().replace(/^url: .*\n/, '') }, { extract: extractFigures })).status).toBe('added');
    expect(await db.source.count()).toBe(before + 2);
    expect(fs.existsSync(path.join(REFERENCE_DIR, EXCERPT))).toBe(true);
  });
});
