import { describe, expect, it } from 'vitest';
import { initialView, saveView, savedView } from './projectorView.ts';

const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
};

describe("the projector's view", () => {
  it('is kept per class', () => {
    const storage = memory();
    saveView('ABC234', { top: 5, hideNames: true }, storage);
    expect(savedView('ABC234', storage)).toEqual({ top: 5, hideNames: true });
    expect(savedView('XYZ789', storage)).toBeUndefined();
  });

  it('comes from the address when it says something, else from what was saved', () => {
    const storage = memory();
    saveView('ABC234', { top: 3, hideNames: false }, storage);
    expect(initialView('ABC234', { top: null, hideNames: false }, storage)).toEqual({ top: 3, hideNames: false });
    expect(initialView('ABC234', { top: 10, hideNames: false }, storage)).toEqual({ top: 10, hideNames: false });
  });

  it('ignores what it cannot read, and a storage that refuses', () => {
    const storage = memory();
    storage.setItem('galateo.projector.ABC234', '{"top":-4,"hideNames":true}');
    expect(savedView('ABC234', storage)).toBeUndefined();
    storage.setItem('galateo.projector.ABC234', 'not json');
    expect(savedView('ABC234', storage)).toBeUndefined();
    expect(() =>
      saveView(
        'ABC234',
        { top: null, hideNames: false },
        {
          setItem: () => {
            throw new Error('QuotaExceededError');
          },
        },
      ),
    ).not.toThrow();
  });
});
