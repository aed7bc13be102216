import type { EntityData } from '../../language/entityDataSchema.ts';
import type { Token } from '../tokenize.ts';
import type { Entity } from './entity.ts';
import { ENTITY_READERS } from './entityReaders.ts';
import { entityTables } from './entityTables.ts';
import { findLinks } from './findLinks.ts';
import { lexItems } from './lexItems.ts';
import { pickEntities } from './pickEntities.ts';
import { openersOf, readersAt } from './readersAt.ts';
import type { Candidate, Scan } from './scan.ts';

/**
 * The concrete things a reply states, in text order: codes, times, ranges of hours, durations and
 * limits, dates, amounts, addresses, links, phone numbers and plates, each with a value that
 * compares across phrasings. Every reader looks a bounded number of items ahead, so the cost
 * follows the text's length whatever it holds.
 */
export function findEntities(text: string, tokens: readonly Token[], data: EntityData): Entity[] {
  const scan: Scan = { text, items: lexItems(text), tables: entityTables(data) };
  const candidates = findLinks(text, scan.items);
  const openers = openersOf(scan.tables);
  for (let at = 0; at < scan.items.length; at++) {
    for (let mask = readersAt(scan, openers, at), reader = 0; mask !== 0; mask >>>= 1, reader++) {
      const found = mask & 1 ? ENTITY_READERS[reader]!.recognize(scan, at) : null;
      if (found) candidates.push(found);
    }
  }
  return withSentences(text, pickEntities(candidates), tokens);
}

/** Each entity as typed, in the sentence of the first word it covers. */
function withSentences(text: string, picked: readonly Candidate[], tokens: readonly Token[]): Entity[] {
  let token = 0;
  return picked.map(({ type, start, end, value, deadline }) => {
    while (token < tokens.length - 1 && tokens[token]!.end <= start) token++;
    const sentence = tokens[token]?.sentence ?? 0;
    const place = { text: text.slice(start, end), start, end, sentence };
    return type === 'duration' ? { type, ...place, value, deadline: deadline ?? false } : { type, ...place, value: String(value) };
  });
}
