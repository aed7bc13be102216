import { withBase } from '../baseLanguageData.ts';
import type { LocaleDescriptor } from '../localeDescriptor.ts';
import { cueWordRegister } from '../registerStrategy.ts';
import data from './languageData.json' with { type: 'json' };
import registerData from './registerData.json' with { type: 'json' };
import ruleTexts from './ruleTexts.json' with { type: 'json' };

/** English: no courtesy form, so register is read from cue words ('dear customer', 'hey'). */
export const english: LocaleDescriptor<'en'> = {
  code: 'en',
  name: 'English',
  data: withBase(data),
  ruleTexts,
  detectRegister: cueWordRegister(registerData),
  knownWords: () => [],
};
