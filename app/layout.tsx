import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import './globals.css';
import { NavLink } from '@/components/ui/nav-link';
import { currentAnalyst } from '@/lib/auth/session';
import { signOut } from '@/lib/actions/review';

export const metadata: Metadata = {
  title: { default: 'ctstats — Morocco counterterrorism figures, sourced', template: '%s · ctstats' },
  description: 'Every number tied to the sentence it came from: cells dismantled, arrests, plots foiled, foreign fighters and returnees, as reported.',
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

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const analyst = await currentAnalyst();
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
              {NAV.map((n) => (
                <NavLink key={n.href} href={n.href}>
                  {n.label}
                </NavLink>
              ))}
            </nav>
            <div className="ml-auto text-sm">
              {analyst ? (
                <form action={signOut} className="flex items-center gap-2">
                  <span className="text-muted">Analyst: {analyst}</span>
                  <button type="submit" className="rounded border border-line px-2 py-1">Sign out</button>
                </form>
              ) : (
                <Link href="/signin" className="text-accent underline-offset-2 hover:underline">Analyst sign-in</Link>
              )}
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">
          Every figure links to the sentence it was taken from. Figures awaiting review are marked “pending”.
        </footer>
      </body>
    </html>
  );
}
