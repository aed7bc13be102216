import { describe, expect, it } from 'vitest';
import { joinLink, projectorPath, routeFromAddress, trainerLink } from './route.ts';

describe('classroom addresses', () => {
  it('opens the dashboard and takes the token from the fragment only', () => {
    expect(routeFromAddress({ search: '?trainer=c-1', hash: '#token=s3cr%2Bt' })).toEqual({ screen: { name: 'trainer', classId: 'c-1' }, trainerToken: { classId: 'c-1', token: 's3cr+t' } });
    expect(routeFromAddress({ search: '?trainer=c-1&token=leak', hash: '' })).toEqual({ screen: { name: 'trainer', classId: 'c-1' } });
    expect(trainerLink('https://g.example', 'c-1', 's3cr+t')).toBe('https://g.example/?trainer=c-1#token=s3cr%2Bt');
  });

  it('opens the projector with its options, ignoring bad ones', () => {
    expect(routeFromAddress({ search: '?projector=abc234&top=5&hideNames=1', hash: '' })?.screen).toEqual({ name: 'projector', code: 'ABC234', top: 5, hideNames: true });
    expect(routeFromAddress({ search: '?projector=ABC234&top=-3', hash: '' })?.screen).toEqual({ name: 'projector', code: 'ABC234', top: null, hideNames: false });
    expect(projectorPath('ABC234', { top: 10, hideNames: true })).toBe('/?projector=ABC234&top=10&hideNames=1');
    expect(routeFromAddress({ search: '?scenario=rc-auto-renewal', hash: '' })).toBeUndefined();
  });

  it('opens the join form with the code of a join link filled in', () => {
    expect(joinLink('https://g.example', 'ABC234')).toBe('https://g.example/?class=ABC234');
    expect(routeFromAddress({ search: '?class=%20abc234', hash: '' })?.screen).toEqual({ name: 'class', code: 'ABC234' });
    expect(routeFromAddress({ search: `?class=${'x'.repeat(500)}`, hash: '' })?.screen).toEqual({ name: 'class', code: 'X'.repeat(12) });
  });

  it('opens the scenario studio', () => {
    expect(routeFromAddress({ search: '?studio', hash: '' })?.screen).toEqual({ name: 'studio' });
    expect(routeFromAddress({ search: '?studio=1&x=2', hash: '' })?.screen).toEqual({ name: 'studio' });
  });
});
