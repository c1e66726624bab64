import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { currentAnalyst } from '@/lib/auth/session';
import { getReviewQueue } from '@/lib/data/review-queue';
import { ReviewQueue } from '@/components/workspace/review-queue';
import { EmptyState, PageHeader } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Review queue' };

export default async function ReviewPage() {
  if (!(await currentAnalyst())) {
    return (
      <>
        <PageHeader title="Review queue" />
        <p className="text-sm"><Link href="/signin?next=/review" className="text-accent underline">Sign in as an analyst</Link> to review figures.</p>
      </>
    );
  }
  const queue = await getReviewQueue();
  return (
    <>
      <PageHeader title="Review queue" lead={`${queue.totalPending} ${queue.totalPending === 1 ? 'figure awaits' : 'figures await'} review, the oldest source first.`}>
        <Link href="/review/quality" className="text-sm text-accent underline">Extraction quality →</Link>
      </PageHeader>
      {queue.sources.length === 0 ? (
        <EmptyState title="Nothing to review">Every figure has been reviewed. New reports added at <Link href="/sources/new" className="text-accent underline">Add a report</Link> land here.</EmptyState>
      ) : (
        <ReviewQueue sources={queue.sources} />
      )}
    </>
  );
}
