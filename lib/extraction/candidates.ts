/**
 * Candidates: a number and what it counts. For each live number of a sentence: the qualifier before it, the head
 * noun after it (skipping modifiers and a reference number), the feature verbs around it, subset and ellipsis
 * markers, and from those a first metric (or a veto, or none yet: a bare number waits for inheritance).
 */
import type { Qualifier } from '@/lib/domain/figure';
import { hasPunct, isCapitalized, onlyQuotes, type Cues, type HeadKind } from './cues';
import type { FeatureKind } from './lexicon';
import type { NumberMention } from './numbers';
import type { Token } from './tokens';
import type { Candidate, Feat } from './types';

/** How many tokens either side of a number its feature verbs are looked for. */
const MAX_ZONE = 16;

/** The head noun after a number, skipping up to three modifiers: "168 terrorist cells", "276 planned attacks". */
export function headAfter(
  cues: Cues,
  tokens: readonly Token[],
  from: number,
  text: string,
  maxSkip = 3,
): { kind: HeadKind; from: number; to: number; plotMod: boolean } | null {
  let plotMod = false;
  let i = from;
  // "une trentaine d'arrestations", "1,500 of their nationals", "une cinquantaine de ces cellules"
  const first = tokens[i];
  if (first && (first.lower === 'of' || first.lower === 'de' || first.lower === "d'")) {
    const nx = tokens[i + 1];
    if (nx && cues.ofDeterminers.has(nx.lower)) i += 2;
    else if (first.lower !== 'of') i += 1;
  }
  for (let k = 0; k <= maxSkip; k++) {
    const t = tokens[i];
    if (!t) return null;
    const prev = tokens[i - 1];
    // Scare quotes do not cut a number from its noun: 'more than 150 "terrorist cells"'.
    if (prev && hasPunct(text, prev.end, t.start) && !onlyQuotes(text, prev.end, t.start)) return null;
    const h = cues.heads.longestAt(tokens, i);
    if (h) {
      if (h.data.type === 'attack') {
        const before = tokens[i - 1];
        if (before && cues.plotMods.has(before.lower)) plotMod = true;
      }
      // "50 Islamist militant cells": a person word used as an adjective before the counted noun;
      // "246 Moroccan fighters": the last of a run of person words is the head.
      if (h.data.type === 'person') {
        let kind: HeadKind = h.data;
        let to = h.to;
        for (let j = h.to; j < h.to + 2; j++) {
          const tj = tokens[j];
          if (!tj || cues.stop.has(tj.lower) || hasPunct(text, tokens[j - 1]!.end, tj.start)) break;
          const h2 = cues.heads.longestAt(tokens, j);
          if (h2 && (h2.data.type === 'metric' || h2.data.type === 'attack')) return { kind: h2.data, from: h2.from, to: h2.to, plotMod };
          if (h2 && h2.data.type === 'person' && j === to) {
            kind = h2.data.feature ? h2.data : kind;
            to = h2.to;
            j = h2.to - 1;
          }
        }
        return { kind, from: h.from, to, plotMod };
      }
      return { kind: h.data, from: h.from, to: h.to, plotMod };
    }
    if (cues.stop.has(t.lower) || t.digits) return null;
    if (cues.plotMods.has(t.lower)) plotMod = true;
    i++;
  }
  return null;
}

const MODIFIER_OPENERS = new Set(['ayant', 'who', 'qui', 'having', 'étant']);

/** A participle or relative pronoun within the first three words ("autres personnes ayant …", "people who …"). */
function opensModifier(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < from + 3 && i < tokens.length; i++) if (MODIFIER_OPENERS.has(tokens[i]!.lower)) return true;
  return false;
}

export function featuresIn(cues: Cues, tokens: readonly Token[], from: number, to: number, text: string | null = null): Feat[] {
  const out: Feat[] = [];
  // "20 personnes ayant regagné le Maroc …, ont été arrêtées": a participle or relative clause right after the
  // counted people is closed by a comma, and the main predicate comes after it; one such comma is crossed.
  let modifierCommas = text !== null && opensModifier(tokens, from) ? 1 : 0;
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) {
    // Reading rightwards (text given): a comma ends the clause, and "most of whom …" is about part of the group.
    if (text !== null && i > from && hasPunct(text, tokens[i - 1]!.end, tokens[i]!.start)) {
      if (modifierCommas > 0 && text.slice(tokens[i - 1]!.end, tokens[i]!.start).trim() === ',') modifierCommas--;
      else break;
    }
    if (text !== null && cues.partial.longestAt(tokens, i)) break;
    const m = cues.features.longestAt(tokens, i);
    if (m) {
      if (m.data !== 'neutral') out.push({ kind: m.data, tok: i, start: tokens[i]!.start, end: tokens[m.to - 1]!.end });
      i = m.to - 1;
    }
  }
  return out;
}

/**
 * The candidate for live number `ni` of a sentence, or null when the number counts something else (a unit, an
 * age, a ratio, a name like "France 24", a noun we do not measure). `refSkip` receives reference numbers this one
 * points through ("50 of the 168 cells": 168), which get no candidate of their own.
 */
export function buildCandidate(
  cues: Cues,
  text: string,
  tokens: readonly Token[],
  nums: readonly NumberMention[],
  ni: number,
  refSkip: Set<number>,
): Candidate | null {
  const n = nums[ni]!;
  const prevNum = nums[ni - 1];
  const nextNum = nums[ni + 1];
  const zoneFloor = prevNum ? prevNum.tokEnd : 0;

  // Qualifier right before the number (or glued to it).
  let qualifier: Qualifier = n.kind === 'approx' ? 'about' : 'exact';
  let qStart = n.glueStart ?? n.start;
  let qTok = n.tok;
  if (n.glueWord) {
    const q = cues.qualifierList.find((x) => x.phrase.endsWith(n.glueWord!) && x.phrase.split(' ').length <= 2);
    const prev = tokens[n.tok - 1];
    const two = prev ? `${prev.lower} ${n.glueWord}` : n.glueWord;
    const exact = cues.qualifierList.find((x) => x.phrase === two) ?? cues.qualifierList.find((x) => x.phrase === n.glueWord);
    const chosen = exact ?? q;
    if (chosen) {
      qualifier = chosen.qualifier;
      if (exact && exact.phrase === two && prev) {
        qStart = prev.start;
        qTok = n.tok - 1;
      }
    }
  } else {
    const q = cues.qualifiers.endingAt(tokens, n.tok, zoneFloor);
    if (q) {
      qualifier = q.data;
      qStart = tokens[q.from]!.start;
      qTok = q.from;
    }
  }
  if (n.kind === 'approx' && qualifier === 'exact') qualifier = 'about';
  // "dépasserait désormais la centaine": an exceed verb shortly before.
  for (let k = qTok - 1; k >= Math.max(zoneFloor, qTok - 3); k--) {
    if (cues.exceed.longestAt(tokens, k)) {
      qualifier = 'more_than';
      break;
    }
  }

  // "50 of the 168 dismantled cells": the head comes after the reference number, which is skipped.
  let headFrom = n.tokEnd;
  const t1 = tokens[n.tokEnd];
  const t2 = tokens[n.tokEnd + 1];
  if (t1 && t2 && (t1.lower === 'of' || t1.lower === 'des' || t1.lower === 'sur') && t2.lower === 'the' && nextNum && nextNum.tok === n.tokEnd + 2) {
    refSkip.add(nextNum.tok);
    headFrom = nextNum.tokEnd;
  } else if (t1 && (t1.lower === 'of' || t1.lower === 'des') && nextNum && nextNum.tok === n.tokEnd + 1) {
    refSkip.add(nextNum.tok);
    headFrom = nextNum.tokEnd;
  }

  const head = headAfter(cues, tokens, headFrom, text);
  // "24 et 28 ans", "five to fifteen years": share the unit of the coordinated number.
  if (!head && nextNum && nextNum.tok === n.tokEnd + 1 && t1 && cues.coord.longestAt(tokens, n.tokEnd)) {
    const h2 = headAfter(cues, tokens, nextNum.tokEnd, text);
    if (h2 && h2.kind.type === 'unit') return null;
  }
  if (head?.kind.type === 'unit') return null;
  // "Hoy 24", "France 24": a number straight after a capitalised word inside a sentence is part of a name.
  if (!head && n.kind === 'digits' && n.tok > 1 && isCapitalized(text, tokens[n.tok - 1]) && !hasPunct(text, tokens[n.tok - 1]!.end, n.start)) {
    return null;
  }
  // "across 9 provinces", "in 12 cities": a number followed straight away by a noun we do not count.
  if (!head && countsOtherNoun(cues, text, tokens, nums, ni, n)) return null;
  if (n.kind === 'zero' && !(head && (head.kind.type === 'metric' || head.kind.type === 'attack'))) return null;
  if (n.kind === 'one' && !(head && (head.kind.type === 'metric' || head.kind.type === 'attack'))) return null;
  if (n.yearLike && (!head || head.from !== n.tokEnd)) return null;
  // "2022 Terrorist Incidents:" is a section heading with a year, not 2,022 incidents.
  if (n.yearLike && head && head.kind.type === 'metric' && isCapitalized(text, tokens[head.from])) return null;
  if (n.yearLike && head && head.kind.type !== 'person' && head.kind.type !== 'metric') return null;

  // Ratios: "neuf cellules sur dix".
  const afterHead = head ? head.to : n.tokEnd;
  const r1 = tokens[afterHead];
  const r2 = tokens[afterHead + 1];
  // Rates: "300 combattants par million de Tunisiens".
  if (head && cues.rates.longestAt(tokens, afterHead)) return null;
  if (r1 && (r1.lower === 'sur' || (r1.lower === 'out' && r2?.lower === 'of'))) {
    const nn = nextNum && nextNum.tok <= afterHead + 2 ? nextNum : undefined;
    if (nn && !nn.yearLike) return null;
  }

  // Subset and ellipsis markers.
  const subAfter = cues.subsetAfter.longestAt(tokens, n.tokEnd);
  let isSubset = subAfter !== null;
  let leftSubsetTok: number | null = null;
  for (let k = qTok - 1; k >= Math.max(zoneFloor, qTok - 6); k--) {
    const m = cues.subsetBefore.longestAt(tokens, k);
    if (m) {
      isSubset = true;
      leftSubsetTok = k;
      break;
    }
  }
  const before = tokens[qTok - 1];
  const additional = cues.additionalMarkers.longestAt(tokens, n.tokEnd) !== null || cues.additionalMarkers.endingAt(tokens, qTok, Math.max(zoneFloor, qTok - 3)) !== null;
  const isElliptic =
    additional ||
    (head === null &&
      prevNum !== undefined &&
      before !== undefined &&
      (cues.coord.endingAt(tokens, qTok, zoneFloor) !== null || hasPunct(text, before.end, tokens[qTok]!.start)));

  // Features around the number.
  const leftFrom = Math.max(zoneFloor, qTok - MAX_ZONE);
  const left = featuresIn(cues, tokens, leftFrom, qTok);
  // A modifier clause after the people ("ayant regagné le Maroc après …, ont été arrêtés") doubles the reach.
  const reach = opensModifier(tokens, afterHead) ? 2 * MAX_ZONE : MAX_ZONE;
  let rightTo = Math.min(nextNum ? nextNum.tok : tokens.length, afterHead + reach);
  // "185 women and 135 minors have joined": a coordinated number with its own noun shares the predicate.
  if (head && head.kind.type === 'person' && nextNum && nextNum.tok <= afterHead + 2) {
    const h2 = headAfter(cues, tokens, nextNum.tokEnd, text);
    if (h2 && h2.kind.type === 'person') rightTo = Math.min(tokens.length, h2.to + MAX_ZONE);
  }
  const right = featuresIn(cues, tokens, afterHead, rightTo, text);
  // "871 fighting Moroccan citizens": a participle between the number and the people says what they do.
  if (head && head.kind.type === 'person' && head.from > headFrom) right.unshift(...featuresIn(cues, tokens, headFrom, head.from));
  if (head && head.kind.type === 'person' && head.kind.feature) {
    right.unshift({ kind: head.kind.feature, tok: head.from, start: tokens[head.from]!.start, end: tokens[head.to - 1]!.end });
  }
  // Left-zone head nouns count when a subset phrase introduced them ("Of those cells, 36 …").
  let leftHead: { kind: HeadKind; from: number; to: number } | null = null;
  if (leftSubsetTok !== null || !head) {
    for (let k = qTok - 1; k >= leftFrom; k--) {
      const h = cues.heads.longestAt(tokens, k);
      if (h && h.to <= qTok && (h.data.type === 'metric' || h.data.type === 'attack')) {
        leftHead = { kind: h.data, from: h.from, to: h.to };
        break;
      }
    }
  }

  let metric: string | null = null;
  let veto = false;
  let usedLeft: number | null = null;
  // "12 women and 20 children …": the second group shares whatever the first one did.
  const coordinatedPeople =
    head !== null && head.kind.type === 'person' && prevNum !== undefined && n.tok - prevNum.tokEnd <= 3 && n.tok - prevNum.tokEnd >= 2 &&
    cues.coord.endingAt(tokens, qTok, prevNum.tokEnd) !== null && cues.heads.longestAt(tokens, prevNum.tokEnd)?.data.type === 'person';
  let usedRight: number | null = head ? tokens[head.to - 1]!.end : null;

  const nearestLeft = left[left.length - 1];
  const firstRight = right[0];
  if (coordinatedPeople) {
    // decided by inheritance from the group before
  } else if (head && head.kind.type === 'metric') {
    metric = head.kind.metric;
  } else if (head && head.kind.type === 'attack') {
    const foilNear = nearestLeft && nearestLeft.kind === 'foil';
    metric = head.plotMod || foilNear ? 'plots_foiled' : 'terrorist_incidents';
    if (foilNear) usedLeft = nearestLeft!.start;
  } else {
    // People with a predicate of their own ("the 1,300 Moroccans who have left to fight") are what that predicate
    // says, not what a verb across a comma before them says ("220 had been arrested, not counting …").
    const leftAcrossComma =
      nearestLeft !== undefined && head?.kind.type === 'person' && firstRight !== undefined && hasPunct(text, nearestLeft.end, tokens[qTok]!.start, 200);
    const primary =
      firstRight && ((firstRight.tok - afterHead <= 3 && !head) || leftAcrossComma)
        ? firstRight
        : nearestLeft && (!firstRight || qTok - nearestLeft.tok <= 6)
          ? nearestLeft
          : firstRight;
    const primaryKind = primary?.kind;
    // The first predicate after the counted people decides a veto: "246 Moroccan fighters have been killed".
    let firstPredicate: Feat | undefined;
    for (const f of right) if (!head || f.tok >= head.to) { firstPredicate = f; break; }
    const returned = hasFeature(left, right, 'return');
    if (primaryKind === 'kill' || (primaryKind === 'held' && !returned) || firstPredicate?.kind === 'kill' || (firstPredicate?.kind === 'held' && !returned)) {
      veto = true;
    } else if (hasFeature(left, right, 'return') && hasFeature(left, right, 'arrest') && (head || !leftHead)) {
      metric = 'returnees_prosecuted';
    } else if (hasFeature(left, right, 'return')) {
      metric = 'returnees';
    } else if (primaryKind === 'arrest') metric = 'arrests';
    else if (primaryKind === 'fight') metric = 'foreign_fighters';
    else if (primaryKind === 'dismantle' && !head) metric = leftHead?.kind.type === 'metric' ? leftHead.kind.metric : 'cells_dismantled';
    // People "neutralised" / "mis hors d'état de nuire" are people arrested.
    else if (primaryKind === 'dismantle' && head?.kind.type === 'person') metric = 'arrests';
    else if (primaryKind === 'foil' && !head) metric = 'plots_foiled';
    else if (hasFeature(left, right, 'fight')) metric = 'foreign_fighters';
    else if (hasFeature(left, right, 'arrest')) metric = 'arrests';
    if (!metric && !veto && leftHead && leftHead.kind.type === 'metric' && (leftSubsetTok !== null || numberOfFrame(cues, tokens, leftHead.from))) {
      metric = leftHead.kind.metric;
      usedLeft = tokens[leftHead.from]!.start;
    }
    // "Le nombre de combattants marocains … s'élève à 1622": the people named in a number-of frame.
    if (!metric && !veto && !head) {
      const framed = framedPeople(cues, tokens, leftFrom, qTok);
      if (framed) {
        metric = framed.metric;
        usedLeft = Math.min(usedLeft ?? tokens[framed.from]!.start, tokens[framed.from]!.start);
      }
    }
    if (primary && metric) {
      if (primary.tok < qTok) usedLeft = Math.min(usedLeft ?? primary.start, primary.start);
      else usedRight = Math.max(usedRight ?? 0, primary.end);
    }
    // Everything needed to name the population: include returned/arrested cues in the quote.
    for (const f of right) if (metric && (f.kind === 'return' || f.kind === 'arrest' || f.kind === 'fight')) usedRight = Math.max(usedRight ?? 0, f.end);
    for (const f of left) {
      if (metric && (f.kind === 'return' || f.kind === 'arrest') && qTok - f.tok <= 8 && !(leftAcrossComma && f.tok <= nearestLeft!.tok)) {
        usedLeft = Math.min(usedLeft ?? f.start, f.start);
      }
    }
    // A bare number with no cue of its own waits for inheritance.
    if (!metric && !veto && !head && !isSubset && !isElliptic) {
      // "They were accompanied by 290 women": a person count right after a population figure.
    }

  }
  if (leftSubsetTok !== null) usedLeft = Math.min(usedLeft ?? tokens[leftSubsetTok]!.start, tokens[leftSubsetTok]!.start);

  const qs = Math.min(qStart, n.glueStart ?? n.start);
  return {
    num: n,
    qualifier,
    qStart: qs,
    metric,
    veto,
    headEnd: head ? tokens[head.to - 1]!.end : n.end,
    headTok: head ? head.to : n.tokEnd,
    isSubset,
    isElliptic,
    personHead: head !== null && head.kind.type === 'person',
    additional,
    antecedent: null,
    period: null,
    scopes: [],
    quoteStart: Math.min(qs, usedLeft ?? qs),
    quoteEnd: Math.max(n.end, usedRight ?? n.end, head ? tokens[head.to - 1]!.end : n.end),
    ownTimes: [],
    flags: [],
    attribution: null,
  };
}

export function hasFeature(left: readonly Feat[], right: readonly Feat[], k: FeatureKind): boolean {
  for (const f of left) if (f.kind === k) return true;
  for (const f of right) if (f.kind === k) return true;
  return false;
}

export function countsOtherNoun(cues: Cues, text: string, tokens: readonly Token[], nums: readonly NumberMention[], ni: number, n: NumberMention): boolean {
  const next = tokens[n.tokEnd];
  if (!next || next.digits || hasPunct(text, n.end, next.start)) return false;
  if (
    cues.stop.has(next.lower) || cues.features.canStart(next) || cues.heads.canStart(next) || cues.subsetAfter.canStart(next) ||
    cues.additionalMarkers.canStart(next) || cues.subsetBefore.longestAt(tokens, n.tokEnd) !== null
  ) {
    return false;
  }
  if (!/^\p{L}/u.test(next.lower)) return false;
  // "huit Syriens, trois Afghans": a breakdown by nationality (or a proper name) is not a count of what we measure.
  if (isCapitalized(text, next)) return true;
  // Subset and elliptic numbers borrow their noun from the figure before ("Of those detained, 40 acted alone"),
  // and so does the first number of a sentence that opens by pointing back ("These are 78 linked to Daesh").
  if (ni === 0 && n.tok <= 3 && tokens[0] !== undefined && cues.anaphors.has(tokens[0].lower)) return false;
  const prev = tokens[n.tok - 1];
  if (ni > 0 && prev && (cues.coord.canStart(prev) || hasPunct(text, prev.end, n.start))) return false;
  for (let k = n.tok - 1; k >= Math.max(0, n.tok - 6); k--) if (cues.subsetBefore.longestAt(tokens, k)) return false;
  if (cues.additionalMarkers.endingAt(tokens, n.tok, Math.max(0, n.tok - 3))) return false;
  void nums;
  return true;
}

/** A person noun right after "the number of" / "le nombre de" in the zone before a number, with what they did. */
export function framedPeople(cues: Cues, tokens: readonly Token[], from: number, to: number): { metric: string; from: number } | null {
  for (let k = to - 1; k >= from; k--) {
    const h = cues.heads.longestAt(tokens, k);
    if (!h || h.to > to || h.data.type !== 'person' || !numberOfFrame(cues, tokens, h.from, 2)) continue;
    const feature = h.data.feature ?? featuresIn(cues, tokens, h.to, to)[0]?.kind;
    const metric = feature ? cues.personFeatureMetric[feature] : undefined;
    return metric ? { metric, from: k } : null;
  }
  return null;
}

/** "the number of cells … at a dozen", "le nombre de cellules … la centaine". */
export function numberOfFrame(cues: Cues, tokens: readonly Token[], headFrom: number, reach = 4): boolean {
  for (let k = headFrom - 1; k >= Math.max(0, headFrom - reach); k--) {
    if (cues.numberOf.has(tokens[k]!.lower)) return true;
  }
  return false;
}


/** Every candidate of a sentence's live numbers, in text order. */
export function sentenceCandidates(cues: Cues, text: string, tokens: readonly Token[], live: readonly NumberMention[]): Candidate[] {
  const refSkip = new Set<number>();
  const cands: Candidate[] = [];
  for (let ni = 0; ni < live.length; ni++) {
    if (refSkip.has(live[ni]!.tok)) continue;
    const c = buildCandidate(cues, text, tokens, live, ni, refSkip);
    if (c) cands.push(c);
  }
  return cands;
}
