/**
 * Writes src/engine/language/it/morphology/lexicon.json, the Italian lemmas and inflection
 * tables, from the morph-it packages pinned in devDependencies (npm run lexicon). A test checks the
 * committed file is what this writes.
 */
import { writeFileSync } from 'node:fs';
import { buildItalianLexicon } from './lexicon/buildItalianLexicon.ts';
import { LEXICON_FILE, serializeLexicon } from './lexicon/lexiconFile.ts';
import { morphItVersions, readMorphItPackages } from './lexicon/morphItPackages.ts';

const text = serializeLexicon(buildItalianLexicon(readMorphItPackages(), morphItVersions()));
writeFileSync(LEXICON_FILE, text);
console.log(`wrote ${LEXICON_FILE.pathname.replace(/^.*\/src\//, 'src/')} (${Math.round(text.length / 1024)} kB)`);
