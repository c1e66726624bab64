'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';

/** A main-navigation link that marks the current section for sighted and screen-reader users alike. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`rounded px-3 py-1.5 ${current ? 'bg-accent text-accent-ink' : 'text-ink hover:bg-bg'}`}
    >
      {children}
    </Link>
  );
}
