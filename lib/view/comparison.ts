import type { FigureView } from '@/lib/data/dto';
import type { ComparisonGroup } from '@/lib/domain/compare';
import { claimLines, comparisonSubject, comparisonSummary } from '@/lib/domain/claims';

/** The plain-language summary of one statement read from its figures (the compare and figure pages). */
export function groupSummary(group: ComparisonGroup<FigureView>): string {
  const first = group.figures[0]!;
  return comparisonSummary({
    subject: comparisonSubject(first.metricLabel, first.scope, first.periodText),
    claimCount: group.claims.length,
    lines: claimLines(group, (f) => f.source.label),
    verdict: group.verdict,
  });
}
