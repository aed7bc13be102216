import { randomBytes } from 'node:crypto';

/** The contract's alphabet: upper case and digits without I, O, 0, 1 — exactly 32 characters. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 32 symbols, so the low 5 bits of a random byte pick one without bias. */
export function newJoinCode(): string {
  return [...randomBytes(6)].map((byte) => ALPHABET[byte & 31]).join('');
}
