import 'server-only';
import { getDb } from '@/lib/db/client';
import { deriveFigureColumns } from '@/lib/domain/derive';
import { quoteAnchors } from '@/lib/ingest/ingest-document';
import type { FigureFields } from './edit-schemas';

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
  return getDb().$transaction(async (tx) => {
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
      select: { id: true },
    });
    await tx.reviewEvent.create({ data: { figureId: created.id, action: 'add', actor, fromStatus: 'new', toStatus: 'reviewed', note } });
    return created.id;
  });
}
