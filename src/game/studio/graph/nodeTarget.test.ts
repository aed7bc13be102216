import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { endId } from './graphModel.ts';
import { nodeTarget } from './nodeTarget.ts';
import { readScenarioGraph } from './readScenarioGraph.ts';

describe('nodeTarget', () => {
  it('opens a state’s form, the transition naming a missing state, and the anytime and default silence lists', () => {
    const graph = readScenarioGraph(
      parse(`
defaults: { silence: [{ after: 9, outcome: abandoned }] }
anytime: [{ when: escalation, goto: boss }]
states:
  a: { on: [{ when: any, goto: b }, { when: thanks, goto: gone }] }
  b: { outcome: resolved }
`),
    );
    const targets = Object.fromEntries(graph.nodes.map((node) => [node.id, nodeTarget(node)]));
    expect(targets).toEqual({
      '@start': undefined,
      '@anytime': ['anytime'],
      '@defaults': ['defaults', 'silence'],
      'state:a': ['states', 'a'],
      'state:b': ['states', 'b'],
      'missing:boss': ['anytime', 0],
      'missing:gone': ['states', 'a', 'on', 1],
      [endId('@defaults', 'abandoned')]: undefined,
    });
  });
});
