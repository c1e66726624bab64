import 'server-only';
import { writeTransaction } from '@/lib/db/write';
import { getDb } from '@/lib/db/client';
import { deriveFigureColumns } from '@/lib/domain/derive';
import type { Qualifier } from '@/lib/domain/figure';
import { refreshSummariesFor, summaryKeysOf, SUMMARY_KEY_SELECT } from './summaries';
import { FIGURE_FIELDS, FIELD_LABELS, historyText, type FigureEditState, type FigureField, type FigureFields } from './edit-schemas';
import { cachedRead } from './read-cache';

export type { FigureEditState };

/** A correction that could not be applied; the message is for the analyst at the form. */
export class CorrectionRefused extends Error {}

export type CorrectionResult =
  | { status: 'saved'; version: number; changed: FigureField[] }
  | { status: 'unchanged' }
  | { status: 'conflict'; current: FigureEditState };

function editState(f: { version: number } & { [K in FigureField]: FigureFields[K] | string }): FigureEditState {
  return {
    version: f.version,
    fields: {
      metricKey: f.metricKey,
      value: Number(f.value),
      qualifier: f.qualifier as Qualifier,
      periodStart: f.periodStart as string | null,
      periodEnd: f.periodEnd as string | null,
      cumulative: Boolean(f.cumulative),
      asOf: f.asOf as string | null,
      scope: f.scope as string | null,
      attributedTo: f.attributedTo as string | null,
    },
  };
}

const editSelect = { version: true, metricKey: true, value: true, qualifier: true, periodStart: true, periodEnd: true, cumulative: true, asOf: true, scope: true, attributedTo: true, geography: true, deletedAt: true } as const;

export async function getFigureEditState(figureId: number): Promise<FigureEditState | null> {
  const f = await getDb().figure.findUnique({ where: { id: figureId }, select: editSelect });
  return f ? editState(f) : null;
}

/**
 * Corrects a figure's stated fields. One transaction: read, compare with the version the form was opened with,
 * write the new fields and the derived columns with a conditional update (`version` unchanged), and append one
 * history row per changed field. A form opened on an older version changes nothing and gets the current values.
 */
export async function correctFigure(figureId: number, openedVersion: number, next: FigureFields, actor: string, note: string | null): Promise<CorrectionResult> {
  return writeTransaction(getDb(), async (tx) => {
    const figure = await tx.figure.findUnique({ where: { id: figureId }, select: { ...editSelect, ...SUMMARY_KEY_SELECT } });
    if (!figure) throw new CorrectionRefused('This figure does not exist.');
    if (figure.deletedAt) throw new CorrectionRefused('This figure is deleted; restore it before correcting it.');
    const current = editState(figure);
    if (figure.version !== openedVersion) return { status: 'conflict', current };
    if (!(await tx.metric.findUnique({ where: { key: next.metricKey }, select: { key: true } }))) {
      throw new CorrectionRefused(`There is no metric “${next.metricKey}”.`);
    }
    const changed = FIGURE_FIELDS.filter((k) => current.fields[k] !== next[k]);
    if (changed.length === 0) return { status: 'unchanged' };
    const derived = deriveFigureColumns({ ...next, geography: figure.geography });
    const updated = await tx.figure.updateMany({
      where: { id: figureId, version: openedVersion },
      data: { ...next, ...derived, version: { increment: 1 } },
    });
    // Another transaction got in between the read and the write: treat it as the conflict it is.
    if (updated.count !== 1) {
      const latest = await tx.figure.findUniqueOrThrow({ where: { id: figureId }, select: editSelect });
      return { status: 'conflict', current: editState(latest) };
    }
    // A correction can move the figure to another comparison key, metric-year or attribution: refresh both sides.
    const after = await tx.figure.findUniqueOrThrow({ where: { id: figureId }, select: SUMMARY_KEY_SELECT });
    await refreshSummariesFor(tx, summaryKeysOf([figure, after]));
    const at = new Date();
    await tx.figureChange.createMany({
      data: changed.map((field) => ({ figureId, field, before: historyText(current.fields[field]), after: historyText(next[field]), actor, note, createdAt: at })),
    });
    return { status: 'saved', version: openedVersion + 1, changed };
  });
}

export interface FigureHistoryEntry {
  key: string;
  at: string;
  actor: string;
  note: string | null;
  kind: 'review' | 'correction';
  /** Review: "accept (pending → reviewed)"; correction: one line per field. */
  lines: Array<{ field: string; before: string | null; after: string | null }>;
  action?: string;
  fromStatus?: string;
  toStatus?: string;
}

/**
 * A figure's whole history, newest first: review actions and corrections, the field rows of one save grouped
 * into one entry (they share time, actor and note).
 */
export async function getFigureHistory(figureId: number): Promise<FigureHistoryEntry[]> {
  const db = getDb();
  const [events, changes] = await Promise.all([
    db.reviewEvent.findMany({ where: { figureId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 100 }),
    db.figureChange.findMany({ where: { figureId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 500 }),
  ]);
  const entries: FigureHistoryEntry[] = events.map((e) => ({
    key: `r${e.id}`,
    at: e.createdAt.toISOString(),
    actor: e.actor,
    note: e.note,
    kind: 'review',
    lines: [],
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
  }));
  const saves = new Map<string, FigureHistoryEntry>();
  for (const c of changes) {
    const at = c.createdAt.toISOString();
    const id = `${at}|${c.actor}|${c.note ?? ''}`;
    let entry = saves.get(id);
    if (!entry) {
      entry = { key: `c${c.id}`, at, actor: c.actor, note: c.note, kind: 'correction', lines: [] };
      saves.set(id, entry);
      entries.push(entry);
    }
    entry.lines.push({ field: c.field, before: c.before, after: c.after });
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || b.key.localeCompare(a.key));
}

/** One saved correction as a reader sees it: when, and each field before → after (no names, no internal notes). */
export interface PublicCorrection {
  at: string;
  changes: Array<{ field: FigureField | string; label: string; before: string | null; after: string | null }>;
}

/**
 * The corrections of a figure, newest first, for its public page: a figure that was cited and corrected later
 * says so (when, what changed), so a citation never changes silently. Who made it and their note stay in the
 * analysts' history.
 */
async function readGetFigureCorrections(figureId: number): Promise<PublicCorrection[]> {
  const changes = await getDb().figureChange.findMany({ where: { figureId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 200 });
  const saves = new Map<string, PublicCorrection>();
  for (const c of changes) {
    const at = c.createdAt.toISOString();
    let save = saves.get(at);
    if (!save) saves.set(at, (save = { at, changes: [] }));
    save.changes.push({ field: c.field, label: FIELD_LABELS[c.field as FigureField] ?? c.field, before: c.before, after: c.after });
  }
  return [...saves.values()];
}
export const getFigureCorrections = cachedRead('getFigureCorrections', readGetFigureCorrections);
