import type { PartialDate } from './figure';

/** The year of a partial date ("2019-06-24" → 2019), or null. */
export function yearOf(date: PartialDate | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})/.exec(date);
  return m ? Number(m[1]) : null;
}

/** Whole days between two partial dates, each read at its first day; null when either is unknown. */
export function daysBetween(a: PartialDate | null, b: PartialDate | null): number | null {
  const da = toUtc(a);
  const db = toUtc(b);
  if (da === null || db === null) return null;
  return Math.round(Math.abs(db - da) / 86_400_000);
}

function toUtc(d: PartialDate | null): number | null {
  if (!d) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? '1') - 1, Number(m[3] ?? '1'));
}

export interface PeriodLike {
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  cumulative: boolean;
  asOf: PartialDate | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "24 Jun 2020", "Jun 2020", "2020", or "date unknown". */
export function formatDate(d: PartialDate | null): string {
  if (!d) return 'date unknown';
  const [y, m, day] = d.split('-');
  if (!m) return y ?? d;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * How a period reads to a person: "2019", "2011–2013", "since 11 Sep 2001 (to 15 Oct 2018)",
 * "1 Jan–22 Oct 2020", "running total as of Sep 2020", "running total, date unknown". Plain words: these strings are
 * what public pages print (a reader does not know "standing total"; a count kept up to a date is a running total).
 */
export function describePeriod(p: PeriodLike): string {
  const { periodStart: s, periodEnd: e, cumulative } = p;
  if (!cumulative) {
    if (s && e && s === e) return s.length === 4 ? s : formatDate(s);
    if (s && e) {
      const sy = yearOf(s);
      const ey = yearOf(e);
      if (s.length === 4 && e.length === 4) return `${s}–${e}`;
      if (sy === ey) return `${formatDate(s).replace(` ${sy}`, '')}–${formatDate(e)}`;
      return `${formatDate(s)}–${formatDate(e)}`;
    }
    return s ? `from ${formatDate(s)}` : e ? `to ${formatDate(e)}` : 'period unknown';
  }
  // A running total ends when it was stated: without a recorded end, the as-of date is that end.
  const asOf = e ?? p.asOf;
  if (!s) return asOf ? `running total as of ${formatDate(asOf)}` : 'running total, date unknown';
  const since = s.length === 4 ? s : formatDate(s);
  return asOf ? `since ${since} (to ${formatDate(asOf)})` : `since ${since} (date of the statement unknown)`;
}
