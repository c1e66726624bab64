import { getMetric } from '@/lib/data/metrics';
import { getMetricStory } from '@/lib/data/overview';
import { effectiveFilters } from '@/lib/data/schemas';
import { compareAsOf } from '@/lib/domain/compare';
import { unitOf } from '@/lib/domain/metrics';
import { formatDate } from '@/lib/domain/periods';
import { CARD_SIZE, cardImage } from '@/lib/view/card-image';
import { SOCIAL_CARD } from '@/lib/view/social';

export const size = CARD_SIZE;
export const contentType = 'image/png';
export const alt = SOCIAL_CARD.alt;

/**
 * The card of a metric page: the latest national running total (the number its story leads to), else the latest
 * annual figure, with who said it and how much evidence stands behind the page.
 */
export default async function Image({ params }: { params: Promise<{ key: string }> }) {
  const metric = await getMetric((await params).key);
  if (!metric) return cardImage({ eyebrow: 'Metric not found', value: '—', unit: '', lines: [] });
  const story = await getMetricStory(metric.key, effectiveFilters({}, false));
  const national = (list: NonNullable<typeof story>['running']['statements']) => list.filter((s) => s.scope === null);
  const running = story ? national(story.running.statements).filter((s) => s.asOf).sort((a, b) => compareAsOf(a.asOf, b.asOf)).at(-1) : undefined;
  const annual = story ? national(story.annual.statements).at(-1) : undefined;
  const lead = running ?? annual;
  const evidence = story ? `${story.figureCount.toLocaleString('en-US')} figures, each with its quote` : 'No figures yet';
  if (!lead) return cardImage({ eyebrow: `${metric.label} in Morocco, as reported`, value: '—', unit: '', lines: [evidence] });
  const f = lead.first;
  const when = running ? `${f.periodStart ? `Since ${f.periodStart.slice(0, 4)}, ` : ''}as of ${formatDate(lead.asOf)}` : f.periodText;
  return cardImage({
    eyebrow: `${metric.label} in Morocco, as reported`,
    value: f.display,
    unit: unitOf(metric.key),
    lines: [`${when} · ${f.attributedTo ?? f.source.label}`, evidence],
  });
}
