/** Completion of the document's defined terms (after a quote mark, a space or while typing a word). */
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import { termMessage } from '../../core/terms/messages';

export function termCompletion(ctx: FeatureContext): CompletionItem[] {
  const { model } = ctx;
  const facts = model.terms;
  if (!facts) return [];
  return facts.terms.map((term, i) => {
    const d = term.definitions[0];
    const doc = d ? model.prose.slice(d.extent.start, Math.min(d.extent.end, d.extent.start + 300)).replace(/\s+/g, ' ').trim() : '';
    return {
      label: term.name,
      kind: CompletionItemKind.Constant,
      detail: termMessage(model.language, 'completion-detail'),
      documentation: doc ? { kind: MarkupKind.PlainText, value: doc } : undefined,
      sortText: `~term${String(i).padStart(5, '0')}`,
    };
  });
}
