import type { LanguageData } from './languageData.ts';

/**
 * `derive` run once per locale's data and kept while the data lives: the sets, indexes and
 * tables each analyser compiles from the JSON, built at first use rather than at import.
 */
export function perLanguage<T>(derive: (data: LanguageData) => T): (data: LanguageData) => T {
  const derived = new WeakMap<LanguageData, T>();
  return (data) => {
    let value = derived.get(data);
    if (value === undefined) {
      value = derive(data);
      derived.set(data, value);
    }
    return value;
  };
}
