/** Helpers for the engine's tests: scenarios written inline as YAML, and the entities of a text. */
import type { Entity } from './analysis/entities/entity.ts';
import { findEntities } from './analysis/entities/findEntities.ts';
import { tokenize } from './analysis/tokenize.ts';
import { compileScenario, type CompiledScenario } from './compileScenario.ts';
import { getLocale, type Locale } from './language/locales.ts';
import { loadScenario } from './scenario/loadScenario.ts';
import { formatProblem } from './scenario/problem.ts';

export function compileYaml(text: string): CompiledScenario {
  const loaded = loadScenario(text, 'inline.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return compileScenario(loaded.scenario);
}

/** The entities of a text as [type, text as typed, value], the way tests compare them. */
export function entitiesIn(text: string, locale: Locale = 'it'): [Entity['type'], string, Entity['value']][] {
  const { data, entities } = getLocale(locale);
  return findEntities(text, tokenize(text, data).tokens, entities).map((entity) => [entity.type, entity.text, entity.value]);
}

/** A small, complete scenario; tests override parts of it. */
export const MINI_SCENARIO = `
id: mini
locale: it
title: Prova
channel: live-chat
difficulty: 1
brief: Una prova.
company: Aurora Assicurazioni
agent: Giulia
customer: { name: Paolo Rossi, patience: 60 }
intents:
  payment:
    keywords: [pagamento, pagare, bonifico]
  alternatives:
    keywords: [bonifico, bollettino]
facts:
  targa: { known: customer, keywords: [targa] }
defaults:
  silence:
    - after: 20
      say: C'è qualcuno?
      mood: -1
    - after: 30
      say: Va bene, arrivederci.
      outcome: abandoned
states:
  waiting:
    on:
      - when: greeting
        say: Buongiorno, vorrei rinnovare la polizza.
        mood: 1
        goto: request
      - when: any
        say: Ehm, buongiorno. Vorrei rinnovare la polizza.
        mood: -1
        goto: request
  request:
    expect:
      - id: alternatives
        intent: alternatives
        due: payment
        followUp: Ci sono alternative alla carta?
        explain: Serve dire tutte le opzioni.
        better: Può pagare con carta, bonifico o bollettino.
    on:
      - when: asked-again
        say: Gliel'ho già detto.
        mood: -1
      - when: payment
        say: Perfetto, grazie.
        goto: closing
  closing:
    silence:
      - after: 20
        say: Dobbiamo fare altro?
      - after: 20
        outcome: unresolved
    on:
      - when: goodbye
        say: Arrivederci!
        outcome: resolved
`;
