import type { FigureView } from '@/lib/data/dto';
import { formatDate } from '@/lib/domain/periods';

/** The site's fallback card image (public/social-card.png, drawn by scripts/make-social-card.tsx). */
export const SOCIAL_CARD = { url: '/social-card.png', width: 1200, height: 630, alt: 'ctstats — Morocco’s counterterrorism record, sourced' } as const;

/**
 * What a shared figure link says under its title: the number in words, what and when it counts, who said it and
 * where it was published, then the quote — cut at a word near 200 characters (cards show about that much).
 */
export function figureDescription(f: FigureView): string {
  const said = f.attributedTo ? ` according to ${f.attributedTo}` : '';
  const where = `${f.source.outlet ?? 'a source'}${f.source.publishedAt ? `, ${formatDate(f.source.publishedAt)}` : ''}`;
  const text = `${f.valueWords} — ${f.metricLabel.toLowerCase()}, ${f.periodText}${said} (${where}): “${f.quote}”`;
  const short = cutAtWord(text, 200);
  // The quote's closing mark was cut with it.
  return short === text ? text : `${short}”`;
}

/**
 * Text within `max` characters, ellipsis included: cut at the last word boundary in its last quarter, else at
 * `max` (one long word). What a card or a preview shows of a longer text.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space >= max * 0.75 ? space : max - 1)}…`;
}
