import type { StudioLocale } from '../studioPart.ts';
import { choicesEn } from './choices.en.ts';
import { choicesIt, type Choices } from './choices.it.ts';
import { en } from './en.ts';
import { fieldsEn } from './fields.en.ts';
import { fieldsIt, type FieldTexts } from './fields.it.ts';
import { it, type StudioTexts } from './it.ts';

export interface StudioLanguage {
  ui: StudioTexts;
  fields: FieldTexts;
  choices: Choices;
}

const LANGUAGES: Record<StudioLocale, StudioLanguage> = { it: { ui: it, fields: fieldsIt, choices: choicesIt }, en: { ui: en, fields: fieldsEn, choices: choicesEn } };

/** The studio's strings in the trainer's language. */
export const studioTexts = (locale: StudioLocale): StudioLanguage => LANGUAGES[locale];
