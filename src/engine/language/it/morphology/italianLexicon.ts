import type { ParadigmTable } from '../../../morphology/paradigmTable.ts';

/** lexicon.json: Italian inflection from morph-it, by part of speech (generated, see its `about`). */
export interface ItalianLexicon {
  about: string;
  verb: ParadigmTable;
  noun: ParadigmTable;
  adjective: ParadigmTable;
}
