import { perLanguage } from '../../perLanguage.ts';
import type { ItalianRegisterData } from './italianRegisterSchema.ts';

/** What a word form can be, as far as the register is concerned (bit flags, a form may be several). */
export const VerbForm = {
  /** Second person that no courtesy form shares (-ere/-ire verbs: prendi, senti, capisci). */
  secondPerson: 1,
  /** -are verb in -i: tu indicative (usi) or courtesy imperative/subjunctive (guardi). */
  ambiguousI: 2,
  /** -are verb in -a: third person, so courtesy indicative (gioca), or tu imperative (prova). */
  ambiguousA: 4,
  /** Third person of -ere/-ire verbs and irregular ones: courtesy form when the subject is left out. */
  thirdPerson: 8,
  /** Courtesy imperative/subjunctive of -ere/-ire verbs and irregular ones: dica, metta. */
  subjunctive: 16,
  firstPerson: 32,
  infinitive: 64,
  /** Tu imperative with an attached pronoun: ricordati, scrivimi. */
  imperativeClitic: 128,
} as const;

/** Conjugated forms of the Italian verb list, generated once from the ending tables. */
export const verbLexicon = perLanguage((r: ItalianRegisterData): Map<string, number> => {
  const lex = new Map<string, number>();
  const add = (form: string, flag: number) => lex.set(form, (lex.get(form) ?? 0) | flag);
  for (const [cls, verbs] of Object.entries(r.verbs)) {
    const table = r.conjugation[cls];
    if (!table) continue;
    const isAre = cls === 'are';
    for (const infinitive of verbs) {
      if (!infinitive.endsWith(table.infinitive)) continue;
      const stem = infinitive.slice(0, -table.infinitive.length);
      const form = (ending: string) => inflect(stem, ending, table.hardenStem, r);
      add(infinitive, VerbForm.infinitive);
      add(form(table.firstPerson), VerbForm.firstPerson);
      add(form(table.tuPresent), isAre ? VerbForm.ambiguousI : VerbForm.secondPerson);
      add(form(table.leiPresent), isAre ? VerbForm.ambiguousA : VerbForm.thirdPerson);
      if (!isAre) add(form(table.leiSubjunctive), VerbForm.subjunctive);
      const imperative = form(table.tuImperative);
      for (const clitic of r.enclitics) add(imperative + clitic, VerbForm.imperativeClitic);
    }
  }
  for (const w of r.thirdPersonWords) add(w, VerbForm.thirdPerson);
  for (const w of r.formalSubjunctiveWords) add(w, VerbForm.subjunctive);
  return lex;
});

/** Stem + ending, keeping a hard c/g hard (cerc+i → cerchi) and not doubling a stem-final i (invi+i → invii → invi). */
function inflect(stem: string, ending: string, harden: boolean, r: ItalianRegisterData): string {
  const last = stem.charAt(stem.length - 1);
  const firstOfEnding = ending.charAt(0);
  const front = r.frontVowels.includes(firstOfEnding);
  if (harden && front) {
    const hard = r.hardStemLetters[last];
    if (hard !== undefined) return stem.slice(0, -1) + hard + ending;
  }
  if (last === firstOfEnding && front) return stem + ending.slice(1);
  return stem + ending;
}
