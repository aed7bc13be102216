import data from '../../../assets/avatars/avatars.json';
import type { MoodFace } from '../play/moodFace.ts';
import { AvatarBook, type Expression, type Look } from './avatarSchema.ts';

/** Parsed once: a broken file fails the avatars test (and the game, loudly) rather than drawing nonsense. */
const book: AvatarBook = AvatarBook.parse(data);

/** Every avatar key, 'neutral' included. */
export const AVATARS: readonly string[] = Object.keys(book.looks);

/** The scenario's avatar, or the neutral one for a key the assets do not have (a local scenario's typo). */
export function lookOf(avatar: string): Look {
  // hasOwn: a key such as 'constructor' is not a look either.
  return Object.hasOwn(book.looks, avatar) ? book.looks[avatar]! : book.looks['neutral']!;
}

export function expressionOf(face: MoodFace): Expression {
  return book.moods[face];
}
