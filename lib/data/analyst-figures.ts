import 'server-only';
import { writeTransaction } from '@/lib/db/write';
import { refreshSummariesFor, summaryKeysOf, SUMMARY_KEY_SELECT } from './summaries';
import { getDb } from '@/lib/db/client';
import { deriveFigureColumns } from '@/lib/domain/derive';
import { quoteAnchors } from '@/lib/ingest/ingest-document';
import type { Language, ParsedDocument } from '@/lib/domain/figure';
import { extractFigures } from '@/lib/extraction';
import { sourceLabel } from './dto';
import type { FigureFields } from './edit-schemas';
import { statedFields } from './new-source';

export class AddFigureRefused extends Error {}

export interface AddFigureInput extends FigureFields {
  sourceId: number;
  quoteStart: number;
  quoteEnd: number;
  quote: string;
  valueText: string | null;
  note: string | null;
}

/**
 * A figure the engine missed, entered by an analyst from a selection of the stored source text. The quote must be
 * exactly the text at its offsets (checked here, on the server, against the stored text); it is stored as reviewed,
 * entered by an analyst, and the addition is recorded in its history.
 */
export async function addAnalystFigure(input: AddFigureInput, actor: string): Promise<number> {
  return writeTransaction(getDb(), async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true, withdrawnAt: true } });
    if (!source) throw new AddFigureRefused('This source does not exist.');
    if (source.withdrawnAt) throw new AddFigureRefused('This source is withdrawn; restore it before adding figures.');
    if (input.quoteEnd <= input.quoteStart || source.text.slice(input.quoteStart, input.quoteEnd) !== input.quote) {
      throw new AddFigureRefused('The quote is not the text at that place in the source. Select the words again on the source page.');
    }
    if (!(await tx.metric.findUnique({ where: { key: input.metricKey }, select: { key: true } }))) {
      throw new AddFigureRefused(`There is no metric “${input.metricKey}”.`);
    }
    const geography = 'MA';
    const { note, valueText, sourceId, quoteStart, quoteEnd, quote, ...fields } = input;
    const created = await tx.figure.create({
      data: {
        ...fields,
        ...deriveFigureColumns({ ...fields, geography }),
        geography,
        sourceId,
        valueText: valueText ?? quote,
        citedReport: null,
        quote,
        quoteStart,
        quoteEnd,
        ...quoteAnchors(source.text, quoteStart, quoteEnd),
        reviewStatus: 'reviewed',
        origin: 'analyst',
      },
      select: { id: true, ...SUMMARY_KEY_SELECT },
    });
    await refreshSummariesFor(tx, summaryKeysOf([created]));
    await tx.reviewEvent.create({ data: { figureId: created.id, action: 'add', actor, fromStatus: 'new', toStatus: 'reviewed', note } });
    return created.id;
  });
}

export interface SelectionSuggestion {
  sourceId: number;
  sourceLabel: string;
  start: number;
  end: number;
  quote: string;
  valueText: string | null;
  fields: FigureFields;
  /** Whether the engine read a figure in the selection (else the form starts from neutral values). */
  found: boolean;
}

export const MAX_SELECTION = 2000;

/**
 * The add-figure form's starting point for a selection of the stored text: the engine run on the selected words
 * alone, with the source's language and date. Null when the offsets do not select text of this source.
 */
export async function suggestFromSelection(sourceId: number, start: number, end: number): Promise<SelectionSuggestion | null> {
  const source = await getDb().source.findFirst({ where: { id: sourceId, withdrawnAt: null }, select: { id: true, text: true, language: true, publishedAt: true, outlet: true, headline: true } });
  if (!source || start < 0 || end <= start || end > source.text.length || end - start > MAX_SELECTION) return null;
  const quote = source.text.slice(start, end);
  if (quote.trim() === '') return null;
  const doc: ParsedDocument = { text: quote, bodyStart: 0, bodyEnd: quote.length, title: null, outlet: null, url: null, language: source.language as Language, publishedAt: source.publishedAt, format: 'body', kind: 'full' };
  const f = extractFigures(doc)[0];
  const fields: FigureFields = f
    ? statedFields(f)
    : { metricKey: 'cells_dismantled', value: 0, qualifier: 'exact', periodStart: null, periodEnd: null, cumulative: false, asOf: source.publishedAt, scope: null, attributedTo: null };
  return { sourceId, sourceLabel: sourceLabel(source), start, end, quote, valueText: f?.valueText ?? null, fields, found: f !== undefined };
}
