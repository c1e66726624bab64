/**
 * Attribution: who states the figures of a sentence — a cue ("according to X", "X said", "a indiqué X"), a name
 * (two capitalised words, or an appositive subject), or a known source named in the sentence. The speaker is kept
 * in `DocState` and carries over to the sentences after until another is named.
 */
import { hasPunct, isAllCaps, isCapitalized, type Cues } from './cues';
import type { Token } from './tokens';
import type { DocState } from './types';

/** Returned by `sentenceAttribution` when the sentence names nobody new: the previous speaker carries over. */
export const CARRY = '\u0000carry';

/** Who states the figures of this sentence: a cue ("according to X", "X said") or a known source named in it;
 *  otherwise the speaker carries over from the sentences before. */
export function updateAttribution(cues: Cues, st: DocState, text: string, tokens: readonly Token[], smask: number, hasFigures: boolean): void {
  const found = sentenceAttribution(cues, text, tokens, smask, hasFigures);
  if (found !== CARRY) st.attribution = found;
}

export function sentenceAttribution(cues: Cues, text: string, tokens: readonly Token[], smask: number, hasFigures: boolean): string {
  let cueSeen = false;
  let backRef = false;
  if (cues.attrBefore.presentIn(smask)) {
    for (let k = 0; k < tokens.length; k++) {
      const b = cues.attrBefore.longestAt(tokens, k);
      if (!b) continue;
      cueSeen = true;
      let end = b.to;
      while (end < tokens.length && end - b.to < 10 && !hasPunct(text, tokens[end - 1]!.end, tokens[end]!.start)) end++;
      const src = sourceNear(cues, tokens, b.to, end);
      if (src) return src;
      // "selon les bilans présentés par son directeur, Abdelhak Khiame": a full name a little further on.
      const name = fullName(cues, text, tokens, b.to, Math.min(tokens.length, b.to + 14));
      if (name) return name;
      const first = tokens[b.to];
      if (!first || cues.definiteOrPossessive.has(first.lower) || cues.pronouns.longestAt(tokens, b.to)) {
        // "selon son directeur": refers back, to a source this sentence may name.
        backRef = true;
        continue;
      }
      // "according to security officials", "d'après des experts": the source as described.
      let from = b.to;
      while (from < end && cues.stop.has(tokens[from]!.lower)) from++;
      if (from < end) return text.slice(tokens[from]!.start, tokens[end - 1]!.end);
    }
  }
  if (cues.attrAfter.presentIn(smask) || cues.participles.presentIn(smask)) {
    for (let k = 0; k < tokens.length; k++) {
      let a = cues.attrAfter.longestAt(tokens, k);
      // French: auxiliary + participle ("a indiqué", "a-t-il précisé"); the cue starts at the auxiliary.
      let french = false;
      if (!a) {
        const p = cues.participles.longestAt(tokens, k + 1);
        if (!p || !cues.auxiliaries.has(tokens[k]!.lower)) continue;
        a = { data: true, from: k, to: p.to };
        french = true;
      }
      cueSeen = true;
      const before = tokens[k - 1];
      const tight = before !== undefined && !hasPunct(text, before.end, tokens[k]!.start);
      if (cues.pronouns.longestAt(tokens, k) || tokens[k]!.lower.startsWith('a-t-') || tokens[k]!.lower.startsWith('ont-') || (tight && cues.pronouns.longestAt(tokens, k - 1))) {
        return CARRY;
      }
      // French inversion: "…, a indiqué Mohamed Moufakir, wali …", "a déclaré son directeur, Habboub Cherkaoui".
      if (french) {
        const after = fullName(cues, text, tokens, a.to, Math.min(tokens.length, a.to + 8));
        if (after) return after;
        const src = sourceNear(cues, tokens, a.to, Math.min(tokens.length, a.to + 8));
        if (src) return src;
        // "a annoncé mardi son directeur": the director of the body this sentence names.
        for (let j = a.to; j < Math.min(tokens.length, a.to + 3); j++) if (cues.definiteOrPossessive.has(tokens[j]!.lower)) backRef = true;
      }
      // "Khiame said", "the DGSN said".
      if (tight) {
        // "le ministère de l'Intérieur a rappelé": a known source ending right before the cue.
        const src = sourceEndingAt(cues, tokens, k);
        if (src) return src;
        const name = nameBefore(cues, text, tokens, k);
        if (name) return name;
      }
      // "Khiame, a career officer …, said", "In February, Mohamed Moufakir, a senior official, said".
      const subject = subjectName(cues, text, tokens, k);
      if (subject) return subject;
      const src = sourceNear(cues, tokens, Math.max(0, k - 10), k);
      if (src) return src;
    }
  }
  if (backRef && hasFigures && cues.sources.presentIn(smask)) {
    const src = sourceNear(cues, tokens, 0, tokens.length);
    if (src) return src;
  }
  if (cueSeen) return CARRY;
  // No cue: a known source named in a sentence that states figures, or opening a sentence, is the one speaking.
  if (cues.sources.presentIn(smask)) {
    const src = sourceNear(cues, tokens, 0, hasFigures ? tokens.length : Math.min(tokens.length, 6));
    if (src) return src;
  }
  return CARRY;
}

export function isNameToken(cues: Cues, text: string, t: Token | undefined): boolean {
  return t !== undefined && isCapitalized(text, t) && !cues.notNames.has(t.lower) && !cues.months.has(t.lower) && !isAllCaps(text, t);
}

/** Two or more capitalised words in a row ("Abdelhak Khiame") within [from, to). */
export function fullName(cues: Cues, text: string, tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    if (!isNameToken(cues, text, tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && isNameToken(cues, text, tokens[j]) && !hasPunct(text, tokens[j - 1]!.end, tokens[j]!.start)) j++;
    if (j - i >= 2) return text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    i = j - 1;
  }
  return null;
}

/** The subject opening the sentence: a full name, or one capitalised word set off by a comma ("Khiame, …, said"). */
export function subjectName(cues: Cues, text: string, tokens: readonly Token[], cue: number): string | null {
  let i = 0;
  while (i < cue && i < 4 && !isNameToken(cues, text, tokens[i])) {
    if (!(cues.notNames.has(tokens[i]!.lower) || cues.months.has(tokens[i]!.lower) || cues.stop.has(tokens[i]!.lower))) return null;
    i++;
  }
  const full = fullName(cues, text, tokens, i, Math.min(cue, i + 1));
  if (full) return full;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (isNameToken(cues, text, t) && next && text.slice(t!.end, next.start).trim().startsWith(',')) return text.slice(t!.start, t!.end);
  return null;
}

export function sourceEndingAt(cues: Cues, tokens: readonly Token[], end: number): string | null {
  const m = cues.sources.endingAt(tokens, end, Math.max(0, end - 8));
  return m ? m.data : null;
}

export function sourceNear(cues: Cues, tokens: readonly Token[], from: number, to: number): string | null {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
    const m = cues.sources.longestAt(tokens, k);
    if (m) return m.data;
  }
  return null;
}

export function nameBefore(cues: Cues, text: string, tokens: readonly Token[], k: number): string | null {
  let i = k;
  while (i > 0 && k - i < 4 && isCapitalized(text, tokens[i - 1]) && !cues.notNames.has(tokens[i - 1]!.lower)) i--;
  if (i === k) return null;
  return text.slice(tokens[i]!.start, tokens[k - 1]!.end);
}
