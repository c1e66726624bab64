/**
 * Turning what a reader typed into a full-text query, the same way for both databases. Only words (letters and
 * digits) survive, so no input can be read as query syntax; the words must appear together and in order (a
 * phrase, as the table's search always meant), the last one as a prefix (search as you type: "cellul" finds
 * "cellules"). Pure: tested without a database.
 */

/** Marks around the matched words in a snippet (control characters: never in article text, never rendered). */
export const SNIPPET_START = '\u0002';
export const SNIPPET_END = '\u0003';

const MAX_TERMS = 8;

export function ftsTerms(q: string): string[] {
  return (q.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/**
 * The words as PostgreSQL's parser cuts them: a decimal-looking number stays one word ("2.938" is one token there,
 * as French prints thousands), where FTS5 cuts it in two. Otherwise as ftsTerms.
 */
export function tsTerms(q: string): string[] {
  return (q.normalize('NFC').toLowerCase().match(/\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

/** SQLite FTS5: one phrase whose last word is a prefix (`prefix` false: the words as typed, whole). */
export function toFtsQuery(terms: string[], prefix = true): string {
  return `"${terms.join(' ')}"${prefix ? '*' : ''}`;
}

/** PostgreSQL tsquery: the words followed one by another (<->), the last a prefix (`prefix` false: whole). */
export function toTsQuery(terms: string[], prefix = true): string {
  return terms.map((t, i) => `${t}${prefix && i === terms.length - 1 ? ':*' : ''}`).join(' <-> ');
}

/** A snippet as runs of plain and matched text, for rendering as text nodes and <mark> elements. */
export function snippetRuns(snippet: string): Array<{ text: string; hit: boolean }> {
  const runs: Array<{ text: string; hit: boolean }> = [];
  let hit = false;
  let text = '';
  for (const ch of snippet) {
    if (ch === SNIPPET_START || ch === SNIPPET_END) {
      if (text) runs.push({ text, hit });
      text = '';
      hit = ch === SNIPPET_START;
    } else text += ch;
  }
  if (text) runs.push({ text, hit });
  return runs;
}
