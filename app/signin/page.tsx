import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { afterSignIn } from '@/lib/auth/safe-next';
import { SignInForm } from '@/components/review/sign-in-form';
import { Notice, PageHeader, Panel } from '@/components/ui/primitives';
import type { SearchParams } from '@/lib/data/schemas';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  // `next` is whatever the link said: only a path on this site survives, anything else leads home.
  const raw = Array.isArray(params.next) ? params.next[0] : params.next;
  const next = afterSignIn(raw);
  if (await currentUser()) redirect(next);
  return (
    <>
      <PageHeader title="Sign in" lead="Analysts review and correct figures; every action is recorded under their name." />
      {params.expired ? (
        <Notice tone="warning" title="Your analyst session has ended">Nothing was changed. Sign in again to carry on.</Notice>
      ) : null}
      <Panel className="max-w-md">
        <SignInForm next={next} />
        <p className="mt-4 text-xs text-muted">No account yet, or forgot your password? Ask an admin of this site.</p>
      </Panel>
    </>
  );
}
