/** A sentence of a document published on 2020-06-24, and the figures the engine must read from it. */
export interface LexiconExample {
  sentence: string;
  /** `metric qualifier value start..end[ cum][ [scope]]`, in text order; [] when nothing in it is a figure. */
  figures: string[];
}

/** The publication date every example is read with (relative times resolve against it). */
export const EXAMPLE_DATE = '2020-06-24';
