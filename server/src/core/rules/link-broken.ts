import type { Rule } from './rule';
import { refMessage } from '../references/messages';
import { documentAnchors, isNamedDocumentLink } from '../references/links';

/** A Markdown link to nothing: `[x]()`, `[x](#)`, or `[x](#anchor)` with no such heading or anchor. */
export const linkBroken: Rule = {
  code: 'link-broken',
  defaultSeverity: 'warning',
  description: 'A Markdown link to "#" or to an anchor this document does not have; a 《named document》 link with an empty target.',
  check(model, report) {
    let anchors: Set<string> | undefined;
    for (const link of model.links) {
      const url = link.url.trim();
      const text = model.text.slice(link.textStart, link.textEnd);
      if (url === '' || url === '#') {
        if (url === '#' && isNamedDocumentLink(model.text, link)) continue; // link-placeholder
        report({ span: { start: link.start, end: link.end }, message: refMessage(model.language, 'link-broken-empty', text) });
        continue;
      }
      if (!url.startsWith('#')) continue;
      anchors ??= documentAnchors(model);
      const fragment = safeDecode(url.slice(1));
      if (anchors.has(fragment) || anchors.has(fragment.toLowerCase())) continue;
      report({ span: { start: link.start, end: link.end }, message: refMessage(model.language, 'link-broken-anchor', text, fragment) });
    }
  },
};

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}
