/**
 * Code actions built from findings: each finding's own fixes as quick fixes, a
 * "suppress on this line" quick fix for every Clausewise diagnostic, and the
 * "Fix all Clausewise problems" source action.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { FeatureContext } from './registry';
import type { Finding, TextEdit } from '../core/diagnostics';
import { fixAllEdits } from '../core/fixAll';
import { suppressionEdit } from '../core/suppressions';
import { defineMessages } from '../core/messages';
import { toRange } from './convert';

const msg = defineMessages({
  suppress: { en: 'Suppress {0} on this line', zh: '在此行屏蔽 {0}' },
  fixAll: { en: 'Fix all Clausewise problems', zh: '修复所有 Clausewise 问题' },
});

export const FIX_ALL_KIND = 'source.fixAll.clausewise';

export function codeActions(ctx: FeatureContext, params: CodeActionParams): CodeAction[] {
  const { model, findings } = ctx;
  const uri = model.uri;
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits.map((e): LspTextEdit => ({ range: toRange(model, e.span), newText: e.newText })) } });
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'clausewise' || typeof diagnostic.code !== 'string') continue;
      const finding = findingOf(ctx, diagnostic);
      for (const fix of finding?.fixes ?? []) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: edit(fix.edits) });
      }
      if (finding && finding.code !== 'suppression-unused') {
        const suppress = suppressionEdit(model.text, model.lines, finding.span.start, finding.code);
        actions.push({ title: msg(model.language, 'suppress', finding.code), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([suppress]) });
      }
    }
  }
  if (wants(FIX_ALL_KIND) && (only?.length || params.context.diagnostics.length)) {
    const edits = fixAllEdits(findings);
    if (edits.length) actions.push({ title: msg(model.language, 'fixAll'), kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return actions;
}

function findingOf(ctx: FeatureContext, d: Diagnostic): Finding | undefined {
  const start = ctx.model.lines.offsetAt(d.range.start);
  return ctx.findings.find((f) => f.code === d.code && f.span.start === start);
}
