import { frontDecode } from './frontCoding.ts';
import { MISSING_FORM, type ParadigmTable } from './paradigmTable.ts';

/** One reading of a word form: its lemma, the part of speech and the slot ('' for the lemma itself). */
export interface FormAnalysis {
  lemma: string;
  category: string;
  slot: string;
}

/** Forms ending in `suffix` whose lemma, stem + `ending`, belongs to one of `paradigms`. */
interface SuffixRule {
  category: string;
  ending: string;
  /** The stems of the category's lemmas in `ending`, with their paradigm: looked up by the stem alone, no lemma string built. */
  stems: Map<string, number>;
  slot: string;
  paradigms: Set<number>;
  /** Per paradigm, what follows the stem in the secondary lemma, when the slot has one. */
  secondary: Map<number, string> | undefined;
}

/** The slot of a lemma read as itself. */
export const LEMMA_SLOT = '';

/**
 * Analyses word forms by their endings against paradigm tables: a form is read as lemma X in slot
 * S when the form ends with what S puts after the stem and X is a lemma of a paradigm with that
 * rule. The reverse of inflection, exactly: it reads the forms the tables give and no others.
 */
export class ParadigmIndex {
  private readonly lemmas = new Map<string, Set<string>>();
  /** Per category and ending, stem → paradigm. */
  private readonly stemParadigms = new Map<string, Map<string, number>>();
  private readonly bySuffix = new Map<string, SuffixRule[]>();
  private longestSuffix = 0;

  constructor(tables: Readonly<Record<string, ParadigmTable>>) {
    for (const [category, table] of Object.entries(tables)) this.addTable(category, table);
  }

  analyse(form: string): FormAnalysis[] {
    const found: FormAnalysis[] = [];
    for (let length = Math.min(this.longestSuffix, form.length); length >= 0; length--) {
      const rules = this.bySuffix.get(form.slice(form.length - length));
      if (!rules) continue;
      const stem = form.slice(0, form.length - length);
      for (const rule of rules) {
        const paradigm = rule.stems.get(stem);
        if (paradigm === undefined || !rule.paradigms.has(paradigm)) continue;
        found.push({ lemma: stem + rule.ending, category: rule.category, slot: rule.slot });
        const secondary = rule.secondary?.get(paradigm);
        if (secondary !== undefined) found.push({ lemma: stem + secondary, category: rule.category, slot: rule.slot });
      }
    }
    return found;
  }

  /** Whether `lemma` is a lemma of `category`. */
  hasLemma(category: string, lemma: string): boolean {
    return this.lemmas.get(category)?.has(lemma) ?? false;
  }

  private addTable(category: string, table: ParadigmTable): void {
    const lemmas = new Set<string>();
    this.lemmas.set(category, lemmas);
    const stemsOf = (ending: string) => {
      const key = `${category} ${ending}`;
      let stems = this.stemParadigms.get(key);
      if (!stems) this.stemParadigms.set(key, (stems = new Map()));
      return stems;
    };
    const rulesByKey = new Map<string, SuffixRule>();
    const secondarySlots = new Set(table.secondary?.slots);
    const secondaryIndex = table.secondary ? table.slots.indexOf(table.secondary.lemmaSlot) : -1;
    table.paradigms.forEach((paradigm, id) => {
      const changes = paradigm.rules.split(' ').map((rule) => (rule === MISSING_FORM ? null : (rule.split('>') as [string, string])));
      const ending = changes.reduce((longest, change) => (change && change[0].length > longest.length ? change[0] : longest), '');
      const stems = stemsOf(ending);
      for (const stem of frontDecode(paradigm.stems)) {
        stems.set(stem, id);
        lemmas.add(stem + ending);
      }
      // What follows the stem in the slot's form: the ending less the dropped tail, plus what is added.
      const suffixOf = (change: [string, string]) => ending.slice(0, ending.length - change[0].length) + change[1];
      const secondaryChange = changes[secondaryIndex];
      const secondary = secondaryChange ? suffixOf(secondaryChange) : undefined;
      const addRule = (slot: string, suffix: string) => {
        const key = `${suffix}|${ending}|${slot}`;
        let rule = rulesByKey.get(key);
        if (!rule) {
          rule = { category, ending, stems, slot, paradigms: new Set(), secondary: secondarySlots.has(slot) && secondary !== undefined ? new Map() : undefined };
          rulesByKey.set(key, rule);
          const list = this.bySuffix.get(suffix) ?? [];
          list.push(rule);
          this.bySuffix.set(suffix, list);
          this.longestSuffix = Math.max(this.longestSuffix, suffix.length);
        }
        rule.paradigms.add(id);
        if (rule.secondary && secondary !== undefined) rule.secondary.set(id, secondary);
      };
      addRule(LEMMA_SLOT, ending);
      changes.forEach((change, slot) => {
        if (change) addRule(table.slots[slot]!, suffixOf(change));
      });
    });
  }
}
