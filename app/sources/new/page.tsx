import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { currentAnalyst } from '@/lib/auth/session';
import { getMetrics } from '@/lib/data/metrics';
import { NewSourceForm } from '@/components/workspace/new-source-form';
import { PageHeader } from '@/components/ui/primitives';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Add a report' };

export default async function NewSourcePage() {
  const analyst = await currentAnalyst();
  if (!analyst) {
    return (
      <>
        <PageHeader title="Add a report" />
        <p className="text-sm"><Link href="/signin?next=/sources/new" className="text-accent underline">Sign in as an analyst</Link> to add a report.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Add a report" lead="Paste a report or choose a file, preview the figures found in it, keep, correct or drop each, then save. Nothing is stored before you save." />
      <NewSourceForm metrics={await getMetrics()} />
    </>
  );
}
