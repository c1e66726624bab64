import type { Db } from '@/lib/db/client';
import { refreshSummariesFor, summaryKeysOf } from '@/lib/data/summaries';
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { intervalFor } from '@/lib/domain/qualifiers';
import { ingestDocument } from '@/lib/ingest/ingest-document';
import type { ReviewedFigure } from '@/lib/ingest/decisions';
import { loadSeedCorpus } from '@/lib/ingest/seed';

/**
 * The data-layer test corpus: the seed corpus (5 sources, 15 reviewed figures) plus synthetic sources stored
 * through the real ingest path with a fake extractor, chosen to exercise what the seed alone cannot:
 * pending, rejected and soft-deleted figures, a conflict, a running total restated at two dates, a standing
 * total with a known as-of date, enough figures to paginate, and one comparison key over FIGURES_PER_KEY.
 */

/** One figure in a synthetic article: the sentence that states it and how it reads. */
export interface Spec extends Partial<Omit<ExtractedFigure, 'quote' | 'start' | 'end'>> {
  sentence: string;
  quote: string;
}

/** An empty date leaves the line out: an undated article (its running totals have no as-of date). */
function header(h: { date: string; title: string; outlet: string }): string {
  return `${h.date ? `date: ${h.date}\n` : ''}title: ${h.title}\noutlet: ${h.outlet}\n\n`;
}

// Ingest refuses more than 10 figures per KB of body text (a flood, not a report), so an article with many
// figures gets a closing paragraph of plain prose, as a real one would have.
const FILLER = 'The report gave no further details on the operations. ';

function article(h: { date: string; title: string; outlet: string }, specs: Spec[]): string {
  const padding = specs.length > 5 ? `\n\n${FILLER.repeat(Math.ceil((specs.length * 120) / FILLER.length))}`.trimEnd() : '';
  return `${header(h)}${specs.map((s) => s.sentence).join(' ')}${padding}\n`;
}

function extracted(doc: ParsedDocument, s: Spec): ExtractedFigure {
  const sentenceAt = doc.text.indexOf(s.sentence, doc.bodyStart);
  const start = doc.text.indexOf(s.quote, sentenceAt);
  if (sentenceAt === -1 || start === -1) throw new Error(`test corpus: quote not in text: ${s.quote}`);
  const qualifier = s.qualifier ?? 'exact';
  const value = s.value ?? 1;
  const { lower, upper } = intervalFor(qualifier, value);
  const { sentence: _sentence, ...rest } = s;
  void _sentence;
  return {
    metric: 'cells_dismantled',
    valueText: String(value),
    periodStart: null,
    periodEnd: null,
    cumulative: false,
    asOf: doc.publishedAt,
    scope: null,
    attributedTo: null,
    prefix: '',
    suffix: '',
    flags: [],
    ...rest,
    value,
    qualifier,
    lower,
    upper,
    start,
    end: start + s.quote.length,
  };
}

/** Stores `specs` as extracted figures awaiting review (no decisions), in `order` (text order by default). */
export async function ingestPending(db: Db, h: { date: string; title: string; outlet: string }, specs: Spec[], order: 'text' | 'reversed' = 'text'): Promise<number> {
  const extract = (doc: ParsedDocument) => {
    const figures = specs.map((s) => extracted(doc, s));
    return order === 'reversed' ? figures.reverse() : figures;
  };
  const r = await ingestDocument(db, { text: article(h, specs) }, { extract });
  return r.sourceId;
}

export const SYNTHETIC = {
  /** Pending figures, 2021-03-01. */
  wire: { date: '2021-03-01', title: 'Synthetic wire report', outlet: 'Synthetic Wire' },
  /** Reviewed (by decisions) and rejected figures, 2019-11-15. */
  daily: { date: '2019-11-15', title: 'Synthetic daily report', outlet: 'Other Daily' },
  /** One pending arrests figure per year 2008–2019, for pagination and sorting ties; stored in reverse text order. */
  yearly: { date: '2020-01-10', title: 'Synthetic yearly series', outlet: 'Yearly Review' },
  /** More figures on one comparison key than the compare page compares. */
  bulk: { date: '2016-02-01', title: 'Synthetic bulk report', outlet: 'Bulk Desk' },
} as const;

export const BULK_FIGURES = 63;

export interface TestCorpus {
  sources: { wire: number; daily: number; yearly: number; bulk: number };
  /** Figures by role (ids). */
  figures: {
    conflict: number;
    runningLater: number;
    runningEarlier: number;
    standing: number;
    isisArrests: number;
    deleted: number;
    rejected: number;
  };
}

export async function loadTestCorpus(db: Db): Promise<TestCorpus> {
  await loadSeedCorpus(db, () => []);

  const wire = await ingestPending(db, SYNTHETIC.wire, [
    // Conflicts with the seed's "more than 25 cells" in 2019.
    { sentence: 'Morocco dismantled 10 cells in 2019, the BCIJ said.', quote: 'dismantled 10 cells in 2019', value: 10, periodStart: '2019', periodEnd: '2019', attributedTo: 'BCIJ' },
    // A running total since 2002, restated later than the daily's 183 (more than 45 days apart).
    { sentence: 'Since 2002, the services have dismantled 210 cells, according to the DGSN.', quote: 'dismantled 210 cells', value: 210, periodStart: '2002', cumulative: true, attributedTo: 'DGSN' },
    // Lower-case "isis" in the scope; the seed has "ISIS".
    { sentence: 'Some 40 people linked to isis were arrested in 2020.', quote: 'Some 40 people linked to isis', metric: 'arrests', value: 40, valueText: 'Some 40', qualifier: 'about', periodStart: '2020', periodEnd: '2020', scope: 'linked to isis', attributedTo: 'DGSN' },
    // Soft-deleted below: never visible.
    { sentence: 'A deleted total of 999 returnees was given.', quote: '999 returnees', metric: 'returnees', value: 999, cumulative: true, attributedTo: 'Deleted Agency' },
  ]);

  const dailySpecs: Spec[] = [
    { sentence: 'Since 2002, 183 cells have been dismantled, the DGSN said.', quote: '183 cells have been dismantled', value: 183, periodStart: '2002', cumulative: true, attributedTo: 'DGSN' },
    { sentence: 'About 1,700 Moroccans have joined groups abroad.', quote: 'About 1,700 Moroccans', metric: 'foreign_fighters', value: 1700, valueText: 'About 1,700', qualifier: 'about', cumulative: true, attributedTo: 'DGSN' },
    // Extracted but not among the decisions: stored rejected, never shown.
    { sentence: 'A rejected agency counted 99 plots.', quote: '99 plots', metric: 'plots_foiled', value: 99, periodStart: '2019', periodEnd: '2019', attributedTo: 'Rejected Only Agency' },
  ];
  const decisions: ReviewedFigure[] = [
    { metric: 'cells_dismantled', value: 183, valueText: '183', qualifier: 'exact', periodStart: '2002', periodEnd: null, cumulative: true, scope: null, attributedTo: 'DGSN', quote: '183 cells have been dismantled' },
    { metric: 'foreign_fighters', value: 1700, valueText: 'About 1,700', qualifier: 'about', periodStart: null, periodEnd: null, cumulative: true, scope: null, attributedTo: 'DGSN', quote: 'About 1,700 Moroccans' },
  ];
  const daily = (await ingestDocument(db, { text: article(SYNTHETIC.daily, dailySpecs) }, { extract: (doc) => dailySpecs.map((s) => extracted(doc, s)), decisions })).sourceId;

  const years = Array.from({ length: 12 }, (_, i) => 2008 + i);
  const yearly = await ingestPending(
    db,
    SYNTHETIC.yearly,
    // Values repeat (10, 11, 12) so value sorts have ties for the id tie-break to settle.
    years.map((y, i) => ({ sentence: `In ${y} police arrested ${10 + (i % 3)} suspects.`, quote: `In ${y} police arrested ${10 + (i % 3)} suspects`, metric: 'arrests', value: 10 + (i % 3), periodStart: String(y), periodEnd: String(y), attributedTo: 'Yearly Review' })),
    // Stored last sentence first, so id order is not text order.
    'reversed',
  );

  const bulk = await ingestPending(
    db,
    SYNTHETIC.bulk,
    Array.from({ length: BULK_FIGURES }, (_, i) => ({ sentence: `Plot number ${i + 1} was foiled in 2015.`, quote: `Plot number ${i + 1} was foiled`, metric: 'plots_foiled', value: 1, periodStart: '2015', periodEnd: '2015', attributedTo: 'Bulk Desk' })),
  );

  const find = async (sourceId: number, value: number) => (await db.figure.findFirstOrThrow({ where: { sourceId, value }, select: { id: true } })).id;
  const deleted = await find(wire, 999);
  await db.$transaction(async (tx) => {
    const figure = await tx.figure.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
    await refreshSummariesFor(tx, summaryKeysOf([figure]));
  });

  return {
    sources: { wire, daily, yearly, bulk },
    figures: {
      conflict: await find(wire, 10),
      runningLater: await find(wire, 210),
      runningEarlier: await find(daily, 183),
      standing: await find(daily, 1700),
      isisArrests: await find(wire, 40),
      deleted,
      rejected: await find(daily, 99),
    },
  };
}
