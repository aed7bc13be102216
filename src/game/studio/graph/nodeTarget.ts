import type { DocumentPath } from '../studioPart.ts';
import type { GraphNode } from './graphModel.ts';

/** The part of the document a node opens; undefined for nodes that stand for nothing one can edit (the start marker, the ends). */
export function nodeTarget(node: GraphNode): DocumentPath | undefined {
  switch (node.kind) {
    case 'state':
      return ['states', node.name];
    case 'missing':
      return node.path;
    case 'anytime':
      return ['anytime'];
    case 'defaults':
      return ['defaults', 'silence'];
    case 'start':
    case 'end':
      return undefined;
  }
}
