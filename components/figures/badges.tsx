import type { ReviewStatus } from '@/lib/domain/figure';
import type { Verdict } from '@/lib/domain/compare';
import { Badge } from '@/components/ui/primitives';

export function StatusBadge({ status }: { status: ReviewStatus }) {
  if (status === 'reviewed') return <Badge tone="agree" title="Checked by an analyst against the source">Reviewed</Badge>;
  if (status === 'pending') return <Badge tone="pending" title="Extracted automatically; not yet checked by an analyst">Pending review</Badge>;
  return <Badge tone="disagree">Rejected</Badge>;
}

const VERDICT: Record<Verdict, { label: string; tone: 'agree' | 'disagree' | 'single'; title: string }> = {
  agree: { label: 'Agree', tone: 'agree', title: 'Independent claims whose numbers can all be true at once' },
  disagree: { label: 'Disagree', tone: 'disagree', title: 'At least two independent claims give numbers that cannot both be true' },
  single_claim: { label: 'One claim', tone: 'single', title: 'Every source here relays the same claim (same attribution or cited report)' },
};

/**
 * The verdict between independent claims, with how many there are: "Agree · 2 independent claims"; one claim reads
 * "Single source" or "One claim · reported in 2 sources" (repetition is not corroboration).
 */
export function VerdictBadge({ verdict, claimCount, sourceCount }: { verdict: Verdict; claimCount: number; sourceCount: number }) {
  const v = VERDICT[verdict];
  if (verdict === 'single_claim') {
    return sourceCount > 1 ? (
      <Badge tone="single" title={v.title}>One claim · reported in {sourceCount} sources</Badge>
    ) : (
      <Badge tone="single" title="Only one source states this figure">Single source</Badge>
    );
  }
  return (
    <Badge tone={v.tone} title={v.title}>
      {v.label} · {claimCount} independent claims
    </Badge>
  );
}

/** Sources relaying one claim print numbers that cannot all be true: someone copied it wrong. */
export function TranscriptionConflictBadge() {
  return (
    <Badge tone="disagree" title="Sources relaying the same claim print numbers that cannot all be true">
      Transcription conflict
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
