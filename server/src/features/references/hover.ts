/** Hover on a reference: a preview of its target — number, title, part and first lines. */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import type { Clause, DocumentModel } from '../../core/model';
import { refMessage } from '../../core/references/messages';
import { clauseName, referenceText } from '../../core/references/describe';
import { referenceAt } from './lookup';
import { toRange } from '../convert';

const PREVIEW_CHARS = 280;

export function referenceHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const { model } = ctx;
  const ref = referenceAt(model, offset);
  if (!ref) return undefined;
  const lang = model.language;
  let value: string;
  if (ref.status === 'external') value = refMessage(lang, 'hover-external', referenceText(model, ref));
  else if (ref.status === 'ambiguous') value = `${refMessage(lang, 'hover-ambiguous', ref.candidates?.length ?? 0, ref.id)}\n\n${(ref.candidates ?? []).map((c) => `- ${heading(model, c)}`).join('\n')}`;
  else if (ref.status === 'unresolved') value = refMessage(lang, 'hover-unresolved', ref.id || referenceText(model, ref));
  else if (ref.status === 'resolved' && ref.kind === 'annex' && ref.targetSpan) value = `**${model.text.slice(ref.targetSpan.start, ref.targetSpan.end).replace(/^#+\s*/, '').replace(/<[^>]{0,200}>/g, '')}**`;
  else if (ref.status === 'resolved' && (ref.target ?? ref.base)) {
    const target = (ref.target ?? ref.base)!;
    const span = ref.targetSpan ?? target.span;
    value = `${heading(model, target)}\n\n${quote(model.prose.slice(span.start, Math.min(span.end, span.start + PREVIEW_CHARS * 2)))}`;
  } else return undefined;
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(model, ref.span) };
}

function heading(model: DocumentModel, c: Clause): string {
  const part = c.part.title ? ` · ${refMessage(model.language, 'hover-part', c.part.title)}` : '';
  return `**${clauseName(model.language, c)}**${c.title ? ` ${c.title}` : ''}${part}`;
}

function quote(text: string): string {
  const lines = text.replace(/^#{1,6}\s/gm, '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 4);
  let out = lines.join('\n');
  if (out.length > PREVIEW_CHARS) out = `${out.slice(0, PREVIEW_CHARS)}…`;
  return out.split('\n').map((l) => `> ${l.replace(/[\\`*_[\]<>]/g, '\\$&')}`).join('\n>\n');
}
