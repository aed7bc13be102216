import { withBase } from '../baseLanguageData.ts';
import type { EntityData } from '../entityDataSchema.ts';
import type { LocaleDescriptor } from '../localeDescriptor.ts';
import entities from './entityData.json' with { type: 'json' };
import data from './languageData.json' with { type: 'json' };
import { italianRegister } from './register/detectItalianRegister.ts';
import { verbLexicon } from './register/verbLexicon.ts';
import type { ItalianRegisterData } from './register/italianRegisterSchema.ts';
import registerData from './register/registerData.json' with { type: 'json' };
import ruleTexts from './ruleTexts.json' with { type: 'json' };

const register = registerData as ItalianRegisterData;

/** Italian: the first locale; register is Lei against tu, read from pronouns and verb forms. */
export const italian: LocaleDescriptor<'it'> = {
  code: 'it',
  name: 'Italiano',
  data: withBase(data),
  ruleTexts,
  entities: entities as EntityData,
  detectRegister: italianRegister(register),
  knownWords: () => [...verbLexicon(register).keys(), ...register.leadWords, ...register.determiners, ...register.nounLookalikes],
  morphology: { load: () => import('./morphology/italianMorphology.ts').then((pack) => pack.createItalianMorphology()) },
};
