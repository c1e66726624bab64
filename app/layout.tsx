import type { Metadata, Viewport } from 'next';
import { Link } from '@/components/ui/link';
import { connection } from 'next/server';
import { headers } from 'next/headers';
import './globals.css';
import { NavLink } from '@/components/ui/nav-link';
import { currentUser } from '@/lib/auth/session';
import { ROLE_LABEL } from '@/lib/auth/account-schema';
import { signOut } from '@/lib/actions/session';

const DESCRIPTION =
  'Every number tied to the sentence it came from: cells dismantled, arrests, plots foiled, foreign fighters and returnees, as reported.';

export const metadata: Metadata = {
  // Absolute URLs for social cards; set CTSTATS_PUBLIC_URL to the address the site is served at.
  metadataBase: new URL(process.env.CTSTATS_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  title: { default: 'ctstats — Morocco counterterrorism figures, sourced', template: '%s · ctstats' },
  description: DESCRIPTION,
  icons: { icon: [{ url: '/favicon.svg', type: 'image/svg+xml' }] },
  // The fallback card; pages with an image of their own override it.
  openGraph: { siteName: 'ctstats', type: 'website', description: DESCRIPTION, images: [{ url: '/social-card.png', width: 1200, height: 630, alt: 'ctstats — Morocco’s counterterrorism record, sourced' }] },
  twitter: { card: 'summary_large_image', images: ['/social-card.png'] },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/figures', label: 'Figures' },
  { href: '/compare', label: 'Compare' },
  { href: '/sources', label: 'Sources' },
  { href: '/search', label: 'Search' },
  { href: '/about', label: 'Method' },
];

/** The workspace, shown to signed-in analysts only. */
const ANALYST_NAV = [
  { href: '/review', label: 'Review' },
  { href: '/sources/new', label: 'Add a report' },
];

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the Content-Security-Policy nonce (proxy.ts) is new on each response and
  // Next.js can only put it on the scripts of a page it renders then (a prerendered page's scripts would be
  // refused). It also keeps the header's sign-in state true on every page, whatever the build's environment was.
  await connection();
  // An embedded chart (/embed/, framed by other sites) is the chart and its link back, without the site around it.
  if ((await headers()).get('x-ctstats-embed') === '1') {
    return (
      <html lang="en">
        <body className="antialiased">
          <main id="main">{children}</main>
        </body>
      </html>
    );
  }
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-panel focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="border-b border-line bg-panel">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              ctstats <span className="font-normal text-muted">· Morocco counterterrorism</span>
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
              {[...NAV, ...(user ? ANALYST_NAV : [])].map((n) => (
                <NavLink key={n.href} href={n.href}>
                  {n.label}
                </NavLink>
              ))}
            </nav>
            <div className="ml-auto text-sm">
              {user ? (
                <form action={signOut} className="flex flex-wrap items-center gap-2">
                  <span className="text-muted">{ROLE_LABEL[user.role]}: {user.displayName}</span>
                  {user.role === 'admin' ? <Link href="/admin/users" className="text-accent underline-offset-2 hover:underline">Accounts</Link> : null}
                  <button type="submit" className="rounded border border-line px-2 py-1">Sign out</button>
                </form>
              ) : (
                <Link href="/signin" className="text-accent underline-offset-2 hover:underline">Analyst sign-in</Link>
              )}
            </div>
          </div>
        </header>
        {/* At least a screen tall: while a page streams in, its footer waits below the fold instead of being pushed down (a layout shift). */}
        <main id="main" className="mx-auto min-h-screen max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">
          Every figure links to the sentence it was taken from. Figures awaiting review are marked “pending”.
        </footer>
      </body>
    </html>
  );
}
