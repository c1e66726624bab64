import { Link } from '@/components/ui/link';
import { PageHeader, Panel } from '@/components/ui/primitives';

/** Shown (with status 403) when a signed-in account asks for a page its role does not open. */
export default function Forbidden() {
  return (
    <>
      <PageHeader title="This page is for admins" lead="You are signed in, but your account cannot open this page." />
      <Panel className="max-w-xl">
        <p className="text-sm">Managing accounts is kept to admins. If you need an account added, disabled or a password reset, ask an admin of this site.</p>
        <p className="mt-3 text-sm">
          <Link href="/figures?status=pending" className="text-accent underline-offset-2 hover:underline">Back to the figures awaiting review →</Link>
        </p>
      </Panel>
    </>
  );
}
