/** A CodeLens over each referenced clause: how many references point at it; clicking lists them. */
import type { CodeLens } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { refMessage } from '../../core/references/messages';
import { location, referenceCounts, referencesTo } from './lookup';
import { toRange } from '../convert';

/** The client turns the plain arguments into VS Code objects and runs editor.action.showReferences. */
export const SHOW_REFERENCES_COMMAND = 'clausewise.showReferences';

export function referenceLenses(ctx: FeatureContext): CodeLens[] {
  const { model } = ctx;
  const out: CodeLens[] = [];
  for (const [clause, count] of referenceCounts(model)) {
    const range = toRange(model, clause.labelSpan);
    const title = count === 1 ? refMessage(model.language, 'lens-reference') : refMessage(model.language, 'lens-references', count);
    const locations = referencesTo(model, clause).map((r) => location(model, r.span));
    out.push({ range, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [model.uri, range.start, locations] } });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}
