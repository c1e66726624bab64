import { Link } from '@/components/ui/link';

export function PageHeader({ title, lead, children }: { title: string; lead?: React.ReactNode; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {lead ? <p className="mt-1 text-muted">{lead}</p> : null}
      </div>
      {children}
    </div>
  );
}

export function Panel({ children, className = '', ...rest }: React.HTMLAttributes<HTMLElement> & { children: React.ReactNode }) {
  return (
    <section className={`rounded-lg border border-line bg-panel p-4 ${className}`} {...rest}>
      {children}
    </section>
  );
}

type Tone = 'agree' | 'disagree' | 'single' | 'pending' | 'neutral';
const TONES: Record<Tone, string> = {
  agree: 'bg-[var(--agree-bg)] text-[var(--agree)]',
  disagree: 'bg-[var(--disagree-bg)] text-[var(--disagree)]',
  single: 'bg-[var(--single-bg)] text-[var(--single)]',
  pending: 'bg-[var(--pending-bg)] text-[var(--pending)]',
  neutral: 'bg-bg text-muted border border-line',
};

export function Badge({ tone = 'neutral', children, title }: { tone?: Tone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[tone]}`}>
      {children}
    </span>
  );
}

export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'warning'; title: string; children?: React.ReactNode }) {
  return (
    <div
      role={tone === 'warning' ? 'alert' : 'status'}
      className={`mb-4 rounded-md border px-4 py-3 text-sm ${tone === 'warning' ? 'border-[var(--pending)] bg-[var(--pending-bg)]' : 'border-line bg-panel'}`}
    >
      <p className="font-medium">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-line bg-panel px-6 py-10 text-center">
      <p className="font-medium">{title}</p>
      {children ? <div className="mt-2 text-sm text-muted">{children}</div> : null}
    </div>
  );
}

export function Pagination({ page, pageCount, hrefFor, label, nextHref, pageCountIsLowerBound = false, hasNext }: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
  /** A Next link other than hrefFor(page + 1), e.g. one carrying a keyset cursor. */
  nextHref?: string;
  /** The page count is "at least": the last page is not known. */
  pageCountIsLowerBound?: boolean;
  /** Whether a next page exists, when the page count cannot say. */
  hasNext?: boolean;
}) {
  const next = hasNext ?? page < pageCount;
  if (pageCount <= 1 && !next && page <= 1) return null;
  const linkClass = 'rounded border border-line px-3 py-1.5 hover:bg-bg';
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">← Previous</Link> : <span />}
      <span className="text-muted">
        Page {page} of {pageCountIsLowerBound ? `more than ${pageCount.toLocaleString('en-US')}` : pageCount.toLocaleString('en-US')}
      </span>
      {next ? <Link className={linkClass} href={nextHref ?? hrefFor(page + 1)} rel="next">Next →</Link> : <span />}
    </nav>
  );
}
