import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

/** A line's indentation and list dashes: what its wrapped rest should line up under. */
const LEAD = /^[ \t]*(?:-[ \t]+)*/;

/** One decoration per width, shared by every line of that width. */
const byWidth = new Map<number, Decoration>();
const hangBy = (width: number) => {
  let decoration = byWidth.get(width);
  if (!decoration) {
    // CodeMirror pads a line by 6px on the left; the hang keeps that.
    decoration = Decoration.line({ attributes: { style: `padding-left: calc(${width}ch + 6px); text-indent: -${width}ch` } });
    byWidth.set(width, decoration);
  }
  return decoration;
};

function hangingLines(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let position = from; position <= to;) {
      const line = view.state.doc.lineAt(position);
      const width = LEAD.exec(line.text)![0].length;
      if (width > 0) builder.add(line.from, line.from, hangBy(width));
      position = line.to + 1;
    }
  }
  return builder.finish();
}

/**
 * Wrapped lines continue under their own text, not at the margin: on a phone a long `say:` wraps
 * several times, and YAML read by its indentation would otherwise look like a different structure.
 */
export const hangingIndent = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = hangingLines(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = hangingLines(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
