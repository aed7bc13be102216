import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { endId } from './graphModel.ts';
import { planDrawing } from './planDrawing.ts';
import { readScenarioGraph } from './readScenarioGraph.ts';
import { graphTexts } from './texts.ts';

const plan = (yaml: string) => planDrawing(readScenarioGraph(parse(yaml)), graphTexts.it);

describe('planDrawing', () => {
  it('draws the transitions and timers between two states as one arrow with a line each', () => {
    const { bundles } = plan('states:\n  a:\n    on: [{ when: greeting, goto: b }, { when: any, goto: b }]\n    silence: [{ after: 15, goto: b }]\n  b: { outcome: resolved }\n');
    const ab = bundles.find((bundle) => bundle.from === 'state:a' && bundle.to === 'state:b')!;
    expect(ab).toMatchObject({ lines: ['greeting', 'any', 'silenzio 15 s'], unknownTarget: false, silenceOnly: false });
    expect(ab.edges).toHaveLength(3);
  });

  it('dashes an arrow only silence takes, and reddens one that reaches a missing state', () => {
    const { bundles } = plan('states:\n  a:\n    on: [{ when: thanks, goto: ghost }]\n    silence: [{ after: 20, outcome: abandoned }]\n');
    expect(bundles.find((bundle) => bundle.to === 'missing:ghost')).toMatchObject({ unknownTarget: true, silenceOnly: false });
    expect(bundles.find((bundle) => bundle.to === endId('state:a', 'abandoned'))).toMatchObject({ unknownTarget: false, silenceOnly: true });
  });

  it('clips long names and long lists of triggers, keeping the whole text for the tooltip', () => {
    const name = `stato-${'lungo-'.repeat(20)}fine`;
    const intents = ['one', 'two', 'three', 'four', 'five', 'six'].map((when) => `{ when: ${when}, goto: b }`).join(', ');
    const { nodes, bundles, layout } = plan(`states:\n  ${name}: { on: [${intents}] }\n  b: { outcome: resolved }\n`);
    const long = nodes.find((drawn) => drawn.node.id === `state:${name}`)!;
    expect(long.lines[0]!.endsWith('…')).toBe(true);
    expect(long.title).toContain(name);
    expect(bundles.find((bundle) => bundle.to === 'state:b')!.lines).toEqual(['one', 'two', 'three', '+ 3']);
    const box = layout.nodes.find((size) => size.id === `state:${name}`)!;
    expect(box.width).toBeLessThan(300);
  });

  it('gives the layout every node and one edge per arrow, with a size for each', () => {
    const { nodes, bundles, layout } = plan('anytime: [{ when: escalation, goto: b }]\nstates:\n  a: { on: [{ when: any, goto: b }] }\n  b: { outcome: escalated }\n');
    expect(layout.nodes.map((size) => size.id)).toEqual(nodes.map((drawn) => drawn.node.id));
    expect(layout.edges.map((edge) => edge.id)).toEqual(bundles.map((bundle) => bundle.id));
    expect(layout.nodes.every((size) => size.width > 0 && size.height > 0)).toBe(true);
    expect(layout.edges.find((edge) => edge.from === '@start')).toMatchObject({ labelWidth: 0, labelHeight: 0 });
  });
});
