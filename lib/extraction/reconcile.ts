import type { ExtractedFigure } from '@/lib/domain/figure';

/**
 * Document-level reconciliation, after every sentence has been read: a figure stated twice in one text (a
 * headline or teaser restating the body, digits and words for the same number) is one figure. Two statements are
 * the same when they count the same thing with the same value, qualifier, period and scope. The occurrence kept
 * is the one inside the longest paragraph — the body, where the figure stands with its context, rather than a
 * headline, a teaser or a one-line recap — and the first of equals; figures keep their order in the text.
 */
export function reconcile(figures: readonly ExtractedFigure[], text: string): ExtractedFigure[] {
  const groups = new Map<string, number[]>();
  figures.forEach((f, index) => {
    const key = [f.metric, f.value, f.qualifier, f.periodStart, f.periodEnd, f.cumulative, f.scope].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  if (groups.size === figures.length) return [...figures];
  const keep = new Set<number>();
  for (const group of groups.values()) {
    // Only restated figures need their paragraphs measured.
    let best = group[0]!;
    if (group.length > 1) {
      let bestLength = -1;
      for (const index of group) {
        const length = paragraphLength(text, figures[index]!.start, figures[index]!.end);
        if (length > bestLength) [best, bestLength] = [index, length];
      }
    }
    keep.add(best);
  }
  return figures.filter((_, i) => keep.has(i));
}

/** Length of the line holding [start, end), looked for at most 2,000 characters each way (bounded work). */
function paragraphLength(text: string, start: number, end: number): number {
  let a = start;
  while (a > 0 && start - a < 2000 && text[a - 1] !== '\n') a--;
  let b = end;
  while (b < text.length && b - end < 2000 && text[b] !== '\n') b++;
  return b - a;
}
