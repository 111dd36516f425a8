/** Completion of clause numbers after 第 / Section / Clause: the clauses of the part the cursor is in. */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { FeatureContext } from '../registry';
import type { Clause } from '../../core/model';
import { CHINESE_NUMERAL_CHARS, formatChineseNumeral } from '../../core/lang/numerals';
import { isItemClause } from '../../core/references/resolve';

const ZH_BEFORE = new RegExp(`第[ ]?([0-9.]{0,12}|[${CHINESE_NUMERAL_CHARS}]{0,10})$`);
const EN_BEFORE = /\b(?:sections?|clauses?|articles?|§)[ ]{1,2}([0-9A-Z.]{0,12})$/i;
const MAX_ITEMS = 300;

export function clauseCompletion(ctx: FeatureContext, offset: number): CompletionItem[] {
  const { model } = ctx;
  const lineStart = model.text.lastIndexOf('\n', offset - 1) + 1;
  const before = model.text.slice(Math.max(lineStart, offset - 40), offset);
  const zh = ZH_BEFORE.exec(before);
  const en = zh ? undefined : EN_BEFORE.exec(before);
  const m = zh ?? en;
  if (!m) return [];
  const typed = m[1];
  const part = partAt(ctx, offset);
  const clauses = model.clauses.filter((c) => !isItemClause(c) && c.style !== 'upperParen' && (!part || c.part === part));
  const chinese = zh && model.clauses.some((c) => c.style === 'article' && /^第[ ]?[一二三四五六七八九十百千零〇]/.test(c.labelText));
  const closeWithUnit = zh && model.text[offset] !== '条' && model.text[offset] !== '节';
  const start = model.lines.positionAt(offset - typed.length), end = model.lines.positionAt(offset);
  const out: CompletionItem[] = [];
  for (const c of clauses) {
    const number = chinese && /^[0-9]+$/.test(c.id) ? formatChineseNumeral(Number(c.id)) : c.id;
    if (typed && !number.startsWith(typed) && !c.id.startsWith(typed)) continue;
    const insert = closeWithUnit ? `${number}条` : number;
    out.push({
      label: number, kind: CompletionItemKind.Reference, detail: c.title || undefined,
      sortText: String(model.clauses.indexOf(c)).padStart(6, '0'),
      filterText: number,
      textEdit: { range: { start, end }, newText: insert },
    });
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function partAt(ctx: FeatureContext, offset: number): Clause['part'] | undefined {
  let part: Clause['part'] | undefined;
  for (const c of ctx.model.clauses) { if (c.span.start > offset) break; part = c.part; }
  return part;
}
