import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { currentUser, hasRole } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/account-schema';
import { listUsers } from '@/lib/data/accounts';
import { Badge, PageHeader, Panel } from '@/components/ui/primitives';
import { AddUserForm } from '@/components/admin/add-user-form';
import { UserActions } from '@/components/admin/user-actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Accounts' };

export default async function UsersPage() {
  const me = await currentUser();
  if (!me) redirect('/signin?next=/admin/users');
  if (!hasRole(me, 'admin')) forbidden();
  const users = await listUsers();
  return (
    <>
      <PageHeader
        title="Accounts"
        lead="Who can sign in. Analysts review and correct figures; admins can also manage accounts. Disabling an account or setting a new password ends its open sessions at once."
      />
      <Panel aria-labelledby="add-heading" className="mb-4">
        <h2 id="add-heading" className="mb-3 text-lg font-semibold">Add an account</h2>
        <AddUserForm />
      </Panel>
      <Panel aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-3 text-lg font-semibold">{users.length === 1 ? '1 account' : `${users.length} accounts`}</h2>
        <ul className="divide-y divide-line">
          {users.map((u) => (
            <li key={u.id} aria-label={u.displayName} className="grid gap-3 py-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
              <div className="min-w-0">
                <p className="font-medium break-words">
                  {u.displayName} {u.id === me.id ? <span className="text-sm font-normal text-muted">(you)</span> : null}
                </p>
                <p className="text-sm text-muted break-all">login: {u.login}</p>
                <div className="mt-1 flex flex-wrap gap-2">
                  <Badge tone={u.role === 'admin' ? 'single' : 'neutral'}>{ROLE_LABEL[u.role]}</Badge>
                  {u.disabled ? <Badge tone="disagree">Disabled</Badge> : <Badge tone="agree">Active</Badge>}
                  <span className="text-xs text-muted">{u.activeSessions === 0 ? 'not signed in' : u.activeSessions === 1 ? '1 open session' : `${u.activeSessions} open sessions`}</span>
                </div>
              </div>
              <UserActions userId={u.id} displayName={u.displayName} disabled={u.disabled} self={u.id === me.id} />
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}
