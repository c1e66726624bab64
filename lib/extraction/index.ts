/**
 * The figure extraction engine: pure, synchronous, no I/O. Reads a document and returns every figure stated in
 * its body, each tied to a verbatim quote (`doc.text.slice(start, end) === quote`).
 */
import type { ExtractedFigure, ParsedDocument } from '@/lib/domain/figure';
import { parseDocument } from './document';
import { extractFigures as runEngine } from './engine';

export { parseDocument } from './document';
export { buildLexicon, EN, FR, LANGUAGES, LEXICON, METRIC_FACTS } from './lexicon';
export type { LanguageLexicon, Lexicon, MetricEntry } from './lexicon';
export { createExtractor, type Extractor } from './engine';

/**
 * The engine failed on a document. It is never turned into "no figures": a document that states figures and
 * crashes the engine must show up as failed, or its figures are silently lost.
 */
export class ExtractionFailed extends Error {
  constructor(cause: unknown) {
    super(`extraction failed (${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`, { cause });
    this.name = 'ExtractionFailed';
  }
}

/** Figures in the body of a parsed document. Throws ExtractionFailed when the engine fails. */
export function extractFigures(doc: ParsedDocument): ExtractedFigure[] {
  try {
    return runEngine(doc);
  } catch (err) {
    throw new ExtractionFailed(err);
  }
}

/** Reads a raw file (any supported format) and extracts its figures. `filename` only hints at the format. */
export function extractFromText(raw: string, filename?: string): { document: ParsedDocument; figures: ExtractedFigure[] } {
  const document = parseDocument(typeof raw === 'string' ? raw : String(raw), filename);
  return { document, figures: extractFigures(document) };
}
