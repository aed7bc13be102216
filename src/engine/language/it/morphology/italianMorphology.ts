import { createMorphology } from '../../../morphology/createMorphology.ts';
import type { Morphology } from '../../../morphology/morphology.ts';
import closedClasses from './closedClasses.json' with { type: 'json' };
import { ItalianAnalyser, type ClosedClasses } from './italianAnalyser.ts';
import type { ItalianLexicon } from './italianLexicon.ts';
import lexicon from './lexicon.json' with { type: 'json' };
import rules from './rules.json' with { type: 'json' };

/**
 * The Italian language pack: morph-it's lemmas and inflection (lexicon.json, CC-BY-SA 2.0, see
 * LICENSE.txt), the hand-written closed classes and word-formation rules. Loaded on demand by
 * the locale descriptor, its own chunk in the browser.
 */
export function createItalianMorphology(): Morphology {
  const analyser = new ItalianAnalyser(lexicon as ItalianLexicon, closedClasses as ClosedClasses, rules);
  return createMorphology({
    lemmasOf: (word) => analyser.lemmas(word),
    alphabet: { letters: rules.alphabet, accents: rules.accents, finalAccentsOnly: rules.finalAccentsOnly, keyboardRows: rules.keyboardRows, elision: rules.elision },
    foreignShape: new RegExp(rules.foreignShape, 'u'),
  });
}
