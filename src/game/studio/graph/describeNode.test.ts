import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nodeAccessibleName, nodeLines } from './describeNode.ts';
import { DEFAULTS_ID, endId, type GraphNode } from './graphModel.ts';
import { readScenarioGraph } from './readScenarioGraph.ts';
import { graphTexts } from './texts.ts';

const graph = readScenarioGraph(
  parse(`
defaults: { silence: [{ after: 30, outcome: abandoned }] }
states:
  request:
    phase: handling
    on:
      - { when: payment, goto: choose }
      - { when: hold, say: Attendo. }
      - { when: thanks, goto: nowhere }
  choose: { phase: opening, silence: [], on: [{ when: any, goto: choose }] }
  done: { phase: closing, outcome: resolved }
  odd: { phase: lunch }
`),
);
const node = (id: string) => graph.nodes.find((candidate) => candidate.id === id) as GraphNode;

describe('node texts', () => {
  it('names a state for a screen reader with its phase, its exits and what is wrong with it', () => {
    expect(nodeAccessibleName(node('state:request'), graph, graphTexts.it)).toBe('Stato request, stato iniziale, fase gestione, 3 uscite');
    expect(nodeAccessibleName(node('state:choose'), graph, graphTexts.en)).toBe('State choose, opening phase, 1 exit, dead end');
    expect(nodeAccessibleName(node('state:done'), graph, graphTexts.it)).toBe('Stato done, fase chiusura, fine: risolta, irraggiungibile');
    expect(nodeAccessibleName(node('missing:nowhere'), graph, graphTexts.en)).toBe('Missing state nowhere: opens the transition that names it');
    expect(nodeAccessibleName(node('@defaults'), graph, graphTexts.it)).toBe('Silenzio predefinito, 1 uscita');
  });

  it('writes the flags in the box with their symbols, and a phase it does not know as written', () => {
    expect(nodeLines(node('state:request'), graphTexts.it)).toEqual(['▶ request', 'gestione']);
    expect(nodeLines(node('state:choose'), graphTexts.en)).toEqual(['choose', 'opening', '⊘ dead end']);
    expect(nodeLines(node('state:odd'), graphTexts.en)).toEqual(['odd', 'lunch', 'unreachable']);
    expect(nodeLines(node(endId(DEFAULTS_ID, 'abandoned')), graphTexts.it)).toEqual(['il cliente abbandona']);
  });
});
