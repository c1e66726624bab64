/**
 * Scope: what narrows a figure. The agency that is the subject of the count ("the BCIJ dismantled …"), an agency
 * in force for figures since its creation, and the narrowing phrases in the figure's own words ("linked to ISIS",
 * "women", "returned from Libya").
 */
import { featuresIn } from './candidates';
import type { Cues } from './cues';
import type { NumberMention } from './numbers';
import type { Token } from './tokens';
import type { Candidate, DocState } from './types';

/** The scopes of figure `c` (normalised labels, in order), given the agency this sentence names, if any. */
export function figureScopes(
  cues: Cues,
  st: DocState,
  text: string,
  tokens: readonly Token[],
  smask: number,
  live: readonly NumberMention[],
  c: Candidate,
  agencyHere: string | null,
): string[] {
  const scopes: string[] = [];
  const agency = agencyHere ?? (c.antecedent ? null : st.agencyScope);
  // An agency's operations scope is inherited by a subset, and holds for a count since the agency's creation.
  if (c.antecedent) for (const s0 of c.antecedent.scopes) if (cues.agencyCreated.has(s0)) scopes.push(s0);
  if (agency && !scopes.includes(agency) && c.period && c.period.start === cues.agencyCreated.get(agency)) scopes.push(agency);
  const subject = cues.agencies.presentIn(smask) ? agencySubjectOf(cues, text, tokens, c) : null;
  if (subject && !scopes.includes(subject)) scopes.unshift(subject);
  for (const sc of ownScopes(cues, tokens, c, nextLiveTok(live, c))) if (!scopes.includes(sc)) scopes.push(sc);
  return scopes;
}

/** The token of the next live number after `c`: a figure's own scope phrases stop there. */
export function nextLiveTok(live: readonly NumberMention[], c: Candidate): number | null {
  for (const n of live) if (n.tok > c.num.tok) return n.tok;
  return null;
}

export function ownScopes(cues: Cues, tokens: readonly Token[], c: Candidate, nextTok: number | null): string[] {
  const out: string[] = [];
  const from = c.num.tokEnd;
  const to = Math.min(tokens.length, nextTok ?? from + 14, from + 14);
  for (let k = from; k < to; k++) {
    const m = cues.scopePhrases.longestAt(tokens, k);
    if (m && !out.includes(m.data)) {
      if (m.data === 'returned from Libya' && !(c.metric === 'returnees' || c.metric === 'returnees_prosecuted')) continue;
      if (m.data === 'linked to conflict zones' && (c.metric === 'returnees' || c.metric === 'returnees_prosecuted' || c.metric === 'foreign_fighters')) continue;
      if (m.data === 'linked to the Syria-Iraq zone' && c.metric === 'foreign_fighters') continue;
      out.push(m.data);
      k = m.to - 1;
    }
  }
  const h = tokens[c.headTok - 1];
  if (h && (h.lower === 'women' || h.lower === 'femmes') && !out.includes('women')) out.unshift('women');
  if (h && /^(minors|children|mineurs|enfants)$/.test(h.lower) && !out.includes('minors')) out.unshift('minors');
  return out;
}

/**
 * The agency is the subject of this figure: it opens the sentence ("Le BCIJ avance …: 21 cellules"), or it comes
 * before the number with a verb of the count between them and no other subject ("the bureau took apart nine cells").
 */
export function agencySubjectOf(cues: Cues, text: string, tokens: readonly Token[], c: Candidate): string | null {
  let i = 0;
  while (i < tokens.length && i < 3 && cues.stop.has(tokens[i]!.lower)) i++;
  const opening = cues.agencies.longestAt(tokens, i);
  if (opening && opening.to <= c.num.tok) {
    for (let k = opening.to; k < c.num.tok; k++) if (cues.otherSubjects.has(tokens[k]!.lower)) return null;
    return opening.data.scope;
  }
  for (let k = c.num.tok - 1; k >= Math.max(0, c.num.tok - 12); k--) {
    if (cues.otherSubjects.has(tokens[k]!.lower)) return null;
    const a = cues.agencies.longestAt(tokens, k);
    if (!a) continue;
    if (a.to >= c.num.tok) return null;
    const verbs = featuresIn(cues, tokens, a.to, c.num.tok);
    return verbs.some((f) => f.kind === 'dismantle' || f.kind === 'arrest' || f.kind === 'foil') ? a.data.scope : null;
  }
  return null;
}

export function findAgency(cues: Cues, tokens: readonly Token[]): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const m = cues.agencies.longestAt(tokens, k);
    if (m) return m.data.scope;
  }
  return null;
}
