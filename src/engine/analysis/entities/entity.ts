/**
 * The kinds of concrete things a reply can state, each recognised by its type whatever the words.
 * When two readings cover the same text, the one listed first wins ('02.12.2027' is a date before
 * it is a phone number).
 */
export const ENTITY_TYPES = ['url', 'email', 'date', 'phone', 'plate', 'amount', 'time-window', 'time', 'duration', 'reference'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

interface EntityPlace {
  /** As typed: `text === raw.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The tokenizer's index of the sentence the entity starts in. */
  sentence: number;
}

/**
 * One thing a reply states, with a normalised value that compares across phrasings:
 * - reference: the code upper-cased without spaces ('TK-58213'; 'n. 58213' → '58213');
 * - time: 'HH:MM'; time-window: 'HH:MM-HH:MM', or a part of the day ('morning', 'afternoon', 'evening', 'night');
 * - date: 'YYYY-MM-DD', '--MM-DD' (no year), 'YYYY-MM', '--MM' (a month), or relative to the day of
 *   the chat: '+0d' (today), '+1d', '-1d', '+1w', '+1m', '+1y', 'weekday:1' (Monday) … 'weekday:7', 'month-end';
 * - amount: '412.00 EUR' (two decimals, ISO currency code);
 * - email: lower case; url: host in lower case without scheme or 'www.', then the path ('paccolesto.it/traccia');
 * - phone: '+' country code and number ('+393475550192'); plate: 'FG482LM';
 * - duration: minutes (a number); 'moment', 'soon', 'same-day', or 'few-minutes', 'few-hours'… when
 *   said without a number; for a deadline set by a moment ('entro domani', 'entro le 18'), that
 *   moment's value ('+1d', '18:00', 'evening'). `deadline` tells a limit ('entro 20 minuti') from a
 *   wait or a length ('tra 20 minuti', '3 giorni').
 */
export type Entity = (EntityPlace & { type: Exclude<EntityType, 'duration'>; value: string }) | (EntityPlace & { type: 'duration'; value: number | string; deadline: boolean });
