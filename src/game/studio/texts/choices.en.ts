import type { Choices } from './choices.it.ts';

/** The forms' menu choices in English: the format's values stay those of the schema. */
export const choicesEn: Choices = {
  locale: { it: 'Italian', en: 'English' },
  channel: { 'live-chat': 'Live chat on the site', 'social-thread': 'Public social thread', 'messaging-app': 'Messaging app' },
  register: { formal: 'Formal', informal: 'Informal' },
  phase: { opening: 'Opening', handling: 'Handling', closing: 'Closing' },
  outcome: { resolved: 'Resolved', abandoned: 'Abandoned', escalated: 'Escalated', unresolved: 'Unresolved' },
  known: { no: 'Nobody', customer: 'The customer said it', company: 'The company has it' },
};
