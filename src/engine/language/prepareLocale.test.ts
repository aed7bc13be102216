import { describe, expect, it, vi } from 'vitest';

/** The engine's modules as a process that has not loaded any language pack sees them. */
async function freshEngine() {
  vi.resetModules();
  const [{ prepareLocale, morphologyOf }, { analyzeReply }, { getLocale }] = await Promise.all([import('./prepareLocale.ts'), import('../analysis/analyzeReply.ts'), import('./locales.ts')]);
  return { prepareLocale, morphologyOf, analyzeReply, getLocale };
}

describe('prepareLocale', () => {
  it('refuses to read Italian before its pack is loaded, and says how to load it', async () => {
    const { morphologyOf, analyzeReply } = await freshEngine();
    expect(() => morphologyOf('it')).toThrow("The Italiano language pack is not loaded: await prepareLocale('it') (from src/engine/index.ts) before analysing it replies.");
    expect(() => analyzeReply('Buongiorno, come posso aiutarLa?', 'it')).toThrow("prepareLocale('it')");
  });

  it('loads a pack once however often it is asked, and then answers synchronously', async () => {
    const { prepareLocale, morphologyOf, getLocale } = await freshEngine();
    const load = vi.spyOn(getLocale('it').morphology!, 'load');
    await Promise.all([prepareLocale('it'), prepareLocale('it')]);
    await prepareLocale('it');
    expect(load).toHaveBeenCalledTimes(1);
    expect(morphologyOf('it')!.lemmas('arriverà')).toEqual(['arrivare']);
  });

  it('resolves at once for a locale without a pack, which then has none', async () => {
    const { prepareLocale, morphologyOf, analyzeReply } = await freshEngine();
    await prepareLocale('en');
    expect(morphologyOf('en')).toBeUndefined();
    expect(analyzeReply('Hello, how can I help?', 'en').intents).toContain('greeting');
  });

  it('may be tried again after a failed load', async () => {
    const { prepareLocale, morphologyOf, getLocale } = await freshEngine();
    vi.spyOn(getLocale('it').morphology!, 'load').mockRejectedValueOnce(new Error('offline'));
    await expect(prepareLocale('it')).rejects.toThrow('offline');
    await prepareLocale('it');
    expect(morphologyOf('it')!.isWord('ufficio')).toBe(true);
  });
});
