import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentAnalyst } from '@/lib/auth/session';
import { SignInForm } from '@/components/review/sign-in-form';
import { Notice, PageHeader, Panel } from '@/components/ui/primitives';
import type { SearchParams } from '@/lib/data/schemas';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Analyst sign-in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const raw = params.next;
  const next = typeof raw === 'string' && /^\/(?![/\\])/.test(raw) ? raw : '/figures?status=pending';
  if (await currentAnalyst()) redirect(next);
  return (
    <>
      <PageHeader title="Analyst sign-in" lead="Analysts review extracted figures: accept, reject or delete them. Every action is recorded with your name." />
      {params.expired ? (
        <Notice tone="warning" title="Your analyst session has ended">Nothing was changed. Sign in again to review figures.</Notice>
      ) : null}
      <Panel className="max-w-md">
        <SignInForm next={next} />
        <p className="mt-4 text-xs text-muted">
          The password is CTSTATS_ANALYST_PASSWORD on the server, or the one generated on first start in <code>data/analyst-password</code>.
        </p>
      </Panel>
    </>
  );
}
