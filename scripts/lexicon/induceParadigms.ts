import { frontCode } from '../../src/engine/morphology/frontCoding.ts';
import { MISSING_FORM, type Paradigm } from '../../src/engine/morphology/paradigmTable.ts';

/** A lemma and its forms by slot, as read from a source. */
export interface LemmaForms {
  lemma: string;
  forms: ReadonlyMap<string, string>;
}

/** How a form differs from its lemma: the lemma's tail it drops and what it puts there instead. */
function change(lemma: string, form: string): [drop: string, add: string] {
  let shared = 0;
  while (shared < lemma.length && shared < form.length && lemma[shared] === form[shared]) shared++;
  return [lemma.slice(shared), form.slice(shared)];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups lemmas that inflect alike into paradigms: two lemmas share one when every slot's form
 * changes the same tail the same way (arrivare/arrivo and lavorare/lavoro: 'are' → 'o'). This is
 * exact: the forms the table gives back are the source's, no more, no fewer. Irregular lemmas end
 * up in small paradigms of their own (prendere with accendere, rendere…; fare alone).
 */
export function induceParadigms(slots: readonly string[], entries: readonly LemmaForms[]): Paradigm[] {
  const groups = new Map<string, { changes: ([string, string] | null)[]; lemmas: string[] }>();
  for (const { lemma, forms } of entries) {
    const changes = slots.map((slot) => {
      const form = forms.get(slot);
      return form === undefined ? null : change(lemma, form);
    });
    const key = JSON.stringify(changes);
    const group = groups.get(key) ?? { changes, lemmas: [] };
    group.lemmas.push(lemma);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([keyA, a], [keyB, b]) => b.lemmas.length - a.lemmas.length || byCodeUnits(keyA, keyB))
    .map(([, { changes, lemmas }]): Paradigm => {
      // The longest tail a form drops: every lemma of the group ends with it.
      const ending = changes.reduce((longest, c) => (c !== null && c[0].length > longest.length ? c[0] : longest), '');
      return {
        rules: changes.map((c) => (c === null ? MISSING_FORM : `${c[0]}>${c[1]}`)).join(' '),
        stems: frontCode(lemmas.map((lemma) => lemma.slice(0, lemma.length - ending.length)).sort(byCodeUnits)),
      };
    });
}
