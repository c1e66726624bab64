import { getFigure } from '@/lib/data/figures';
import { parseId } from '@/lib/data/schemas';
import { unitOf } from '@/lib/domain/metrics';
import { formatDate } from '@/lib/domain/periods';
import { CARD_SIZE, cardImage } from '@/lib/view/card-image';
import { SOCIAL_CARD } from '@/lib/view/social';

export const size = CARD_SIZE;
export const contentType = 'image/png';
export const alt = SOCIAL_CARD.alt;

/** The card of a shared figure: its number, what and when it counts, who said it, the quote. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const figure = id ? await getFigure(id) : null;
  if (!figure) return cardImage({ eyebrow: 'Figure not found', value: '—', unit: '', lines: ['This figure is not public or no longer exists.'] });
  const where = `${figure.source.outlet ?? figure.source.label}${figure.source.publishedAt ? `, ${formatDate(figure.source.publishedAt)}` : ''}`;
  return cardImage({
    // A part of a total says which part: "50 cells" alone would read as the total.
    eyebrow: `${figure.metricLabel}${figure.scope ? ` (${figure.scope})` : ''} in Morocco · ${figure.periodText}`,
    value: figure.display,
    unit: unitOf(figure.metricKey),
    lines: [figure.attributedTo ? `According to ${figure.attributedTo}` : `Reported by ${where}`, ...(figure.attributedTo ? [`Reported by ${where}`] : [])],
    quote: figure.quote,
  });
}
