import { withBase } from '../baseLanguageData.ts';
import type { EntityData } from '../entityDataSchema.ts';
import type { LocaleDescriptor } from '../localeDescriptor.ts';
import { cueWordRegister } from '../registerStrategy.ts';
import entities from './entityData.json' with { type: 'json' };
import data from './languageData.json' with { type: 'json' };
import registerData from './registerData.json' with { type: 'json' };
import ruleTexts from './ruleTexts.json' with { type: 'json' };

/** English: no courtesy form, so register is read from cue words ('dear customer', 'hey'). */
export const english: LocaleDescriptor<'en'> = {
  code: 'en',
  name: 'English',
  data: withBase(data),
  ruleTexts,
  entities: entities as EntityData,
  detectRegister: cueWordRegister(registerData),
  knownWords: () => [],
};
