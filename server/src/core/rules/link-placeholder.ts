import type { Rule } from './rule';
import { refMessage } from '../references/messages';
import { isNamedDocumentLink } from '../references/links';

/**
 * 《[服务使用规则](#)》: the named document is identified by its title; the "#" is a
 * placeholder left by conversion. A hint, not a broken link: the reader still knows
 * which document is meant.
 */
export const linkPlaceholder: Rule = {
  code: 'link-placeholder',
  defaultSeverity: 'hint',
  description: 'A 《named document》 link whose target is only "#" (a placeholder).',
  check(model, report) {
    for (const link of model.links) {
      if (link.url.trim() !== '#' || !isNamedDocumentLink(model.text, link)) continue;
      report({ span: { start: link.start, end: link.end }, message: refMessage(model.language, 'link-placeholder', model.text.slice(link.textStart, link.textEnd)) });
    }
  },
};
