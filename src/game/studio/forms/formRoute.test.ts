import { describe, expect, it } from 'vitest';
import { formForPath, formKey } from './formRoute.ts';

describe('the form holding a place of the document', () => {
  it('opens the metadata form for the top-level keys, the root and unknown keys', () => {
    expect(formForPath(['title'])).toEqual({ section: 'metadata' });
    expect(formForPath(['jargon', 2])).toEqual({ section: 'metadata' });
    expect(formForPath([])).toEqual({ section: 'metadata' });
    expect(formForPath(['titel'])).toEqual({ section: 'metadata' });
  });

  it('opens the form of one state, intent, fact or test', () => {
    expect(formForPath(['states', 'waiting', 'on', 0, 'goto'])).toEqual({ section: 'states', entry: 'waiting' });
    expect(formForPath(['intents', 'payment', 'keywords', 3])).toEqual({ section: 'intents', entry: 'payment' });
    expect(formForPath(['facts', 'targa'])).toEqual({ section: 'facts', entry: 'targa' });
    expect(formForPath(['tests', 1, 'replies', 0])).toEqual({ section: 'tests', entry: 1 });
  });

  it('opens a whole section otherwise', () => {
    expect(formForPath(['policy', 'required', 0, 'points'])).toEqual({ section: 'policy' });
    expect(formForPath(['states'])).toEqual({ section: 'states' });
    expect(formForPath(['scoring', 'responseTime', 'hold'])).toEqual({ section: 'scoring' });
  });

  it('names each form with one key', () => {
    expect(formKey({ section: 'states', entry: 'waiting' })).toBe('states/waiting');
    expect(formKey({ section: 'policy' })).toBe('policy');
  });
});
