import { getLocale } from '../language/locales.ts';
import type { LanguageData } from '../language/languageDataSchema.ts';
import { perLanguage } from '../language/perLanguage.ts';
import { BUILT_IN_INTENTS, type BuiltInIntent } from './replyAnalysis.ts';
import type { Token } from './tokenize.ts';
import { tokenize } from './tokenize.ts';
import { canonicalWord } from './canonicalize.ts';
import { FuzzyIndex } from './fuzzyMatch.ts';
import { morphologyOf } from '../language/prepareLocale.ts';

/**
 * A cue word: a vocabulary id, or a slot filled by a number, a code, a person's name, or the past
 * participle of an act the agent did (`<done>`: 'ho fissato'), as the language data shapes it.
 */
type Slot = number | 'num' | 'code' | 'name' | 'done';
const SLOTS: Record<string, Slot> = { num: 'num', code: 'code', name: 'name', done: 'done' };
const WORD_SLOTS = ['num', 'code', 'name', 'done'] as const;
/** Written last in a cue: the cue must end its clause ('mi dica' but not 'mi dica il numero'). */
const END_MARK = '<end>';
/** Written last in a cue: the cue must end the reply without opening it ('grazie, ciao' says goodbye; 'Ciao, sono Davide' greets). */
const LAST_MARK = '<last>';
/**
 * Written last in a cue: the cue names data, and asks for it only in a question or a bare request
 * ('Il codice cliente?', 'Codice cliente, per favore.'), not in a statement ('Marco avrà già il codice cliente').
 */
const ASK_MARK = '<ask>';
/** A sentence this short that names data asks for it, verb or not ('La targa, per cortesia.'). */
const BARE_REQUEST_WORDS = 6;
const MARKS = [END_MARK, LAST_MARK, ASK_MARK];
const SLOT_MARK = /^<(\w+)>$/;

interface Cue {
  intent: number;
  /** The cue as the language data writes it, for explanations. */
  phrase: string;
  slots: Slot[];
  negated: boolean;
  atEnd: boolean;
  atLast: boolean;
  asking: boolean;
  /** A single-word cue that needs an exclamation to count ('Perfetto!'). */
  needsExclamation: boolean;
  /** 'Mi scusi' and the like: an attention-getter, not a cue, when it opens a question. */
  attentionGetter: boolean;
  /** A negation anywhere earlier in the clause cancels it ('se non ci sono altre domande'). */
  clauseNegation: boolean;
}

interface Compiled {
  index: FuzzyIndex;
  byFirst: Map<Slot, Cue[]>;
  negators: Set<string>;
  numberWords: Set<string>;
  nameExclude: Set<string>;
  commonNames: Set<string>;
  attentionFollowers: Set<string>;
  clauseOpeners: Set<string>;
  suppress: [number, number[]][];
  maxTokens: [number, number][];
  /** 'non serve che', as token words: a cue right after one is not meant. */
  needless: string[][];
  /** Per intent, words right before a cue that make it mean something else ('in un attimo'). */
  notAfter: Map<number, Set<string>>;
  /** The `<done>` slot: a past participle's ending, a verb's lemma, the verbs that are no act ('ho capito'), and the words allowed before it ('ho già fissato'). */
  done: { form: RegExp; firstPerson: RegExp; lemma: RegExp; excluded: Set<string>; gaps: Set<string> };
  /** The progressive ('la sto trasferendo'): its auxiliaries, the gerund's ending, and per verb lemma the cue words that say its act in the first person. */
  progressive: { auxiliaries: Set<string>; gerund: RegExp; acts: () => Map<string, number[]> };
}

const intentId = new Map<string, number>(BUILT_IN_INTENTS.map((name, i) => [name, i]));

const compile = perLanguage((data): Compiled => {
  const known = new Set([...getLocale(data.locale).knownWords(), ...data.stopWords, ...data.numberWords]);
  // Built-in cues list the forms they mean ('verifico', not 'ho verificato'): no lemmas, but no typo taken from a real word either.
  const index = new FuzzyIndex(data.style.vowels, false, known, () => morphologyOf(data.locale));
  const byFirst = new Map<Slot, Cue[]>();
  const negators = new Set(data.negators);
  const needsExclamation = new Set(data.intentRules.cheerfulNeedsExclamation);
  const attention = new Set(data.intentRules.attentionGetters.cues);
  const clauseNegated = new Set(data.intentRules.negatedInClause);
  const cueWords = new Map<string, number>();
  BUILT_IN_INTENTS.forEach((name, intent) => {
    for (const phrase of data.intents[name]) {
      // Placeholders are written <num>; hide the brackets from the tokenizer.
      const mark = MARKS.find((m) => phrase.endsWith(m));
      const words = (mark ? phrase.slice(0, -mark.length) : phrase).trim().split(/\s+/);
      const slots: Slot[] = [];
      let negated = false;
      for (const word of words) {
        const slot = SLOT_MARK.exec(word)?.[1];
        if (slot !== undefined && SLOTS[slot] !== undefined) {
          slots.push(SLOTS[slot]);
          continue;
        }
        for (const t of tokenize(word, data).tokens) {
          if (negators.has(t.norm)) negated = true;
          const word = canonicalWord(t.norm, data);
          const slot = index.add(word);
          cueWords.set(word, slot);
          slots.push(slot);
        }
      }
      if (slots.length === 0) continue;
      const cue: Cue = {
        intent,
        phrase,
        slots,
        negated,
        atEnd: mark === END_MARK,
        atLast: mark === LAST_MARK,
        asking: mark === ASK_MARK,
        needsExclamation: slots.length === 1 && needsExclamation.has(phrase),
        attentionGetter: attention.has(phrase),
        clauseNegation: clauseNegated.has(name),
      };
      const list = byFirst.get(slots[0]!) ?? [];
      list.push(cue);
      byFirst.set(slots[0]!, list);
    }
  });
  // A synonym typed with a typo should still find its canonical word.
  for (const [canonical, variants] of Object.entries(data.synonyms)) {
    const id = index.add(canonical);
    for (const v of variants) index.alias(v, id);
  }
  const ids = (names: readonly string[]) => names.map((n) => intentId.get(n)).filter((i) => i !== undefined);
  const c: Compiled = {
    index,
    byFirst,
    negators,
    attentionFollowers: new Set(data.intentRules.attentionGetters.countWhenFollowedBy),
    clauseOpeners: new Set(data.clauseOpeners),
    numberWords: new Set(data.numberWords),
    nameExclude: new Set([...data.names.exclude, ...data.stopWords]),
    commonNames: new Set(data.names.common),
    suppress: Object.entries(data.intentRules.suppress).flatMap(([k, v]) => {
      const id = intentId.get(k);
      return id === undefined ? [] : [[id, ids(v)] as [number, number[]]];
    }),
    maxTokens: Object.entries(data.intentRules.maxTokens).flatMap(([k, v]) => {
      const id = intentId.get(k);
      return id === undefined ? [] : [[id, v] as [number, number]];
    }),
    needless: data.intentRules.needlessOpeners.map((phrase) => tokenize(phrase, data).tokens.map((t) => t.norm)).filter((words) => words.length > 0),
    notAfter: new Map(
      Object.entries(data.intentRules.notAfter).flatMap(([k, v]) => {
        const id = intentId.get(k);
        return id === undefined ? [] : [[id, new Set(v)] as [number, Set<string>]];
      }),
    ),
    done: {
      form: new RegExp(data.intentRules.agentActs.done, 'u'),
      firstPerson: new RegExp(data.intentRules.agentActs.firstPerson, 'u'),
      lemma: new RegExp(data.intentRules.agentActs.verbLemma, 'u'),
      excluded: new Set(data.intentRules.agentActs.notActs),
      gaps: new Set(data.intentRules.agentActs.between),
    },
    progressive: {
      auxiliaries: new Set(data.intentRules.agentActs.progressive.auxiliaries),
      gerund: new RegExp(data.intentRules.agentActs.progressive.gerund, 'u'),
      // Read once the language pack is in (the lemmas come from it).
      acts: once(() => {
        const firstPerson = new RegExp(data.intentRules.agentActs.firstPerson, 'u');
        const verb = new RegExp(data.intentRules.agentActs.verbLemma, 'u');
        const acts = new Map<string, number[]>();
        for (const [word, slot] of cueWords) {
          if (!firstPerson.test(word)) continue;
          for (const lemma of morphologyOf(data.locale)?.lemmas(word) ?? []) {
            if (lemma !== word && verb.test(lemma)) acts.set(lemma, [...(acts.get(lemma) ?? []), slot]);
          }
        }
        return acts;
      }),
    },
  };
  return c;
});

const DIGIT = /\d/;
/** A value computed at its first use, then kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
/** How far before a cue a 'non serve che' still governs it: 'non serve che me lo indichi', '… che Lei mi scriva'. */
const NEEDLESS_REACH = 3;
const UPPER_START = /^\p{Lu}/u;

/**
 * Built-in intents of a reply, from the locale's cue phrases, in BUILT_IN_INTENTS order.
 * `questionSentences`: indexes of the sentences that ask something (from the tokenizer).
 */
export function recognizeIntents(text: string, tokens: readonly Token[], data: LanguageData, questionSentences: ReadonlySet<number> = new Set()): RecognizedIntents {
  const c = compile(data);
  const { minLength } = data.names;
  const ids = tokens.map((t, i) => {
    const own = c.index.lookup(canonicalWord(t.norm, data));
    // 'la sto trasferendo' says what 'la trasferisco' says: the gerund stands for the act.
    const before = tokens[i - 1];
    if (before === undefined || before.sentence !== t.sentence || !c.progressive.auxiliaries.has(before.norm) || !c.progressive.gerund.test(t.norm)) return own;
    const acts = (morphologyOf(data.locale)?.lemmas(t.norm) ?? []).flatMap((lemma) => c.progressive.acts().get(lemma) ?? []);
    return acts.length > 0 ? [...own, ...acts] : own;
  });
  const fits = (slot: Slot, i: number): boolean => {
    const t = tokens[i]!;
    if (typeof slot === 'number') return ids[i]!.includes(slot);
    if (slot === 'num') return DIGIT.test(t.norm) || c.numberWords.has(t.norm);
    if (slot === 'code') return DIGIT.test(t.norm) && t.norm.length >= 3;
    if (slot === 'done') return isVerb(t.norm, c.done.form) && !(morphologyOf(data.locale)?.lemmas(t.norm) ?? []).some((lemma) => c.done.excluded.has(lemma));
    return t.norm.length >= minLength && !c.nameExclude.has(t.norm) && (c.commonNames.has(t.norm) || (UPPER_START.test(t.raw) && !t.sentenceStart));
  };
  // clauseFrom[i]: where token i's clause begins (a break or a clause opener), found once for all cues.
  const clauseFrom: number[] = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    clauseFrom[i] = i === 0 || t.clauseStart || c.clauseOpeners.has(t.norm) ? i : clauseFrom[i - 1]!;
  }
  const sentenceLength: number[] = [];
  for (const t of tokens) sentenceLength[t.sentence] = (sentenceLength[t.sentence] ?? 0) + 1;
  const { maxGap, negationWindow } = data.intentRules;
  // The sentences that end with an exclamation mark: 'Perfetto!' cheers, 'Perfetto. … arrivederci!' does not.
  const exclaiming = new Set<number>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if ((next === undefined || next.sentence !== token.sentence) && text.slice(token.end, next?.start ?? text.length).includes('!')) exclaiming.add(token.sentence);
  });
  const found = new Set<number>();
  /** For each intent found, the sentences its cues were read in. */
  const where = new Map<number, Set<number>>();
  /** The cues that counted, and those a negation cancelled: the reasons an explanation gives. */
  const counted: PhraseCueAt[] = [];
  const cancelled: PhraseCueAt[] = [];

  /**
   * A 'non serve che' ending at most NEEDLESS_REACH words before token i, in its sentence; a phrase
   * that does not end by opening a clause ('non serve') only right before it ('non serve indicarmi').
   */
  const followsNeedless = (i: number) =>
    c.needless.some((words) => {
      const reach = c.clauseOpeners.has(words[words.length - 1]!) ? NEEDLESS_REACH : 1;
      for (let end = i - 1; end >= Math.max(0, i - reach); end--) {
        const start = end - words.length + 1;
        if (start >= 0 && tokens[start]!.sentence === tokens[i]!.sentence && words.every((word, k) => tokens[start + k]!.norm === word)) return true;
      }
      return false;
    });

  /** A first-person verb before token i in its sentence: 'Vedo il Suo codice cliente' states, it does not ask. */
  const saysOwnAct = (i: number) => {
    for (let j = i - 1; j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence; j--) if (isVerb(tokens[j]!.norm, c.done.firstPerson)) return true;
    return false;
  };
  const isVerb = (word: string, form: RegExp) => form.test(word) && (morphologyOf(data.locale)?.lemmas(word) ?? []).some((lemma) => lemma !== word && c.done.lemma.test(lemma));

  const tryCue = (cue: Cue, i: number) => {
    if (where.get(cue.intent)?.has(tokens[i]!.sentence) || (cue.needsExclamation && !exclaiming.has(tokens[i]!.sentence))) return;
    let pos = i;
    const at = [i];
    for (let k = 1; k < cue.slots.length; k++) {
      let next = -1;
      for (let j = pos + 1; j <= pos + 1 + maxGap && j < tokens.length; j++) {
        if (fits(cue.slots[k]!, j)) {
          next = j;
          break;
        }
      }
      if (next < 0) return;
      // Only adverbs between 'ho' and the act ('ho già fissato'): 'ho un contratto' holds no act.
      if (cue.slots[k] === 'done' && tokens.slice(pos + 1, next).some((token) => !c.done.gaps.has(token.norm))) return;
      pos = next;
      at.push(next);
    }
    const after = tokens[pos + 1];
    const sameClause = after !== undefined && !after.clauseStart;
    if (cue.atEnd && sameClause) return;
    if (cue.atLast && (pos !== tokens.length - 1 || i === 0)) return;
    if (cue.asking && !questionSentences.has(tokens[i]!.sentence) && (sentenceLength[tokens[i]!.sentence]! > BARE_REQUEST_WORDS || saysOwnAct(i))) return;
    // 'Mi scusi, ieri il tecnico è passato?' asks for attention; 'mi scusi per l'attesa?' still apologises.
    if (cue.attentionGetter && questionSentences.has(tokens[pos]!.sentence) && !(sameClause && c.attentionFollowers.has(after.norm))) {
      return;
    }
    if (!cue.negated && followsNeedless(i)) return;
    // 'in un attimo il rinnovo è fatto' says how soon, not 'un attimo' that asks the customer to wait.
    if (i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence && c.notAfter.get(cue.intent)?.has(tokens[i - 1]!.norm)) return;
    if (!cue.negated) {
      let from = Math.max(0, i - negationWindow);
      if (cue.clauseNegation) {
        // Back to the start of the cue's own clause: 'non esiti a scriverci se ha altre domande' still asks.
        from = Math.min(from, clauseFrom[i]!);
      }
      for (let j = from; j < i; j++) {
        // A negation in an earlier sentence negates nothing here ('Nessun problema! La passo al responsabile').
        if (c.negators.has(tokens[j]!.norm) && tokens[j]!.sentence === tokens[i]!.sentence) {
          cancelled.push({ intent: BUILT_IN_INTENTS[cue.intent]!, phrase: cue.phrase, tokens: [j, ...at] });
          return;
        }
      }
    }
    found.add(cue.intent);
    counted.push({ intent: BUILT_IN_INTENTS[cue.intent]!, phrase: cue.phrase, tokens: at });
    let sentences = where.get(cue.intent);
    if (!sentences) where.set(cue.intent, (sentences = new Set()));
    sentences.add(tokens[i]!.sentence);
  };

  for (let i = 0; i < tokens.length; i++) {
    for (const id of ids[i]!) for (const cue of c.byFirst.get(id) ?? []) tryCue(cue, i);
    for (const slot of WORD_SLOTS) {
      const cues = c.byFirst.get(slot);
      if (cues && fits(slot, i)) for (const cue of cues) tryCue(cue, i);
    }
  }

  for (const [id, max] of c.maxTokens) if (tokens.length > max) found.delete(id);
  for (const [id, dropped] of c.suppress) if (found.has(id)) for (const d of dropped) found.delete(d);
  const intents = BUILT_IN_INTENTS.filter((_, i) => found.has(i));
  const sentencesOf: Partial<Record<BuiltInIntent, number[]>> = {};
  for (const intent of intents) sentencesOf[intent] = [...where.get(intentId.get(intent)!)!].sort((a, b) => a - b);
  const kept = new Set<string>(intents);
  return {
    intents,
    sentencesOf,
    cues: counted.filter((cue) => kept.has(cue.intent)),
    negated: cancelled.filter((cue) => !kept.has(cue.intent)),
  };
}

/** A cue phrase read in the reply: its intent, the phrase as the language data writes it, and the tokens it was read in. */
export interface PhraseCueAt {
  intent: BuiltInIntent;
  phrase: string;
  /** Indexes into the tokens; for a cancelled cue the negation comes first. */
  tokens: number[];
}

/** The built-in intents of a reply, the sentences each was read in, and why. */
export interface RecognizedIntents {
  intents: BuiltInIntent[];
  sentencesOf: Partial<Record<BuiltInIntent, number[]>>;
  /** The cues that made each intent (the first one per sentence). */
  cues: PhraseCueAt[];
  /** Cues a negation before them cancelled, for intents not recognised otherwise ('non si preoccupi' is no worry). */
  negated: PhraseCueAt[];
}
