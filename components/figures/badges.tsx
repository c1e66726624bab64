import type { ReviewStatus } from '@/lib/domain/figure';
import type { Verdict } from '@/lib/domain/compare';
import { Badge } from '@/components/ui/primitives';

export function StatusBadge({ status }: { status: ReviewStatus }) {
  if (status === 'reviewed') return <Badge tone="agree" title="Checked by an analyst against the source">Reviewed</Badge>;
  if (status === 'pending') return <Badge tone="pending" title="Extracted automatically; not yet checked by an analyst">Pending review</Badge>;
  return <Badge tone="disagree">Rejected</Badge>;
}

const VERDICT: Record<Verdict, { label: string; tone: 'agree' | 'disagree' | 'single'; title: string }> = {
  agree: { label: 'Agree', tone: 'agree', title: 'Every pair of figures has overlapping intervals' },
  disagree: { label: 'Disagree', tone: 'disagree', title: 'At least two figures have intervals that cannot both be true' },
  single_source: { label: 'Single source', tone: 'single', title: 'Only one source states this figure' },
};

export function VerdictBadge({ verdict, sourceCount }: { verdict: Verdict; sourceCount: number }) {
  const v = VERDICT[verdict];
  return (
    <Badge tone={v.tone} title={v.title}>
      {v.label}
      {verdict === 'single_source' ? '' : ` · ${sourceCount} sources`}
    </Badge>
  );
}

export function FlagBadges({ flags }: { flags: string[] }) {
  const known: Record<string, string> = {
    glued_number: 'Typo in source: number glued to its word',
    number_word: 'Number written in words',
    approximate_word: 'Approximate word (e.g. “dozens”)',
    quote_not_found: 'Quote not found in the full text of the article',
    zero: 'A “none” read as 0',
    negated_any: 'Read from “did not … any”',
  };
  return (
    <>
      {flags.map((f) => (
        <Badge key={f} tone="neutral" title={known[f] ?? f}>
          {known[f] ?? f.replace(/_/g, ' ')}
        </Badge>
      ))}
    </>
  );
}
