import type { LanguageData } from './languageDataSchema.ts';

/**
 * `derive` run once per locale's data (its language data, or its register data) and kept while
 * the data lives: the sets, indexes and tables each analyser compiles from the JSON, built at
 * first use rather than at import.
 */
export function perLanguage<T, D extends object = LanguageData>(derive: (data: D) => T): (data: D) => T {
  const derived = new WeakMap<D, T>();
  return (data) => {
    let value = derived.get(data);
    if (value === undefined) {
      value = derive(data);
      derived.set(data, value);
    }
    return value;
  };
}
