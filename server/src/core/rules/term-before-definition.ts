import type { Rule } from './rule';
import { termMessage } from '../terms/messages';
import { lineStartOf } from '../terms/text';
import type { TermDefinition } from '../terms/types';
import type { ProseText } from '../parse/prose';

/**
 * A term used before its definition, unless the definition sits in a definitions
 * section (which readers consult first). One finding per term, at its first early use;
 * uses inside the defining sentence ("阿里云计算有限公司（以下简称“阿里云”）") and in
 * headings do not count.
 */
export const termBeforeDefinition: Rule = {
  code: 'term-before-definition',
  defaultSeverity: 'information',
  description: 'A defined term is used before its definition (outside a definitions section).',
  check(model, report) {
    const facts = model.terms;
    if (!facts) return;
    for (const term of facts.terms) {
      const def = term.definitions[0];
      if (term.external || !def || def.inDefinitionsSection || def.form === 'statute' || def.form === 'elsewhere') continue;
      // Without capitals, only a coined term tells a use from an ordinary word: "you", 目的, 反馈.
      if (term.language === 'en' ? !/^[A-Z0-9]/.test(term.name) : term.name.length < 3 && !abbreviates(model.prose, def)) continue;
      const early = term.uses.filter((u) => u.span.start < def.span.start
        && !term.definitions.some((d) => d.extent.start <= u.span.start && u.span.end <= d.extent.end)
        && !isHeading(model.text, u.span.start)
        && !FORWARD.test(model.prose.slice(u.end, u.end + 30)));
      if (!early.length) continue;
      const line = model.lines.positionAt(def.span.start).line + 1;
      report({
        span: early[0].span,
        message: early.length === 1
          ? termMessage(model.language, 'term-before-definition', term.name, line)
          : termMessage(model.language, 'term-before-definition-more', term.name, line, early.length),
        related: [{ span: def.span, message: termMessage(model.language, 'term-definition-related', term.name) }],
      });
    }
  },
};

/** "the Cover Page (defined below)": the drafter points forward on purpose. */
const FORWARD = /^[\s"”’]{0,3}[(,]?\s{0,2}(?:as\s+)?(?:defined|described)\s+(?:below|herein|hereafter|later)|^[\s"”]{0,3}[（(]?(?:定义见下文|见下文定义|详见下文)/;

/** 杭州云帆信息技术有限公司（以下简称“云帆”）: the term shortens the name before it, so it is coined. */
function abbreviates(prose: ProseText, def: TermDefinition): boolean {
  if (def.form !== 'parenthetical' || !def.quoted) return false;
  // The last parenthesis at most 20 characters before the quote.
  const from = Math.max(0, def.quoted.start - 20);
  const before = prose.slice(from, def.quoted.start + 1);
  const last = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (last < 0) return false;
  const open = from + last;
  const antecedent = prose.slice(Math.max(0, open - 30), open);
  const at = antecedent.indexOf(def.name);
  return at >= 0 && at + def.name.length < antecedent.length;
}

function isHeading(text: string, offset: number): boolean {
  const ls = lineStartOf(text, offset);
  return /^ {0,3}#/.test(text.slice(ls, ls + 4));
}
