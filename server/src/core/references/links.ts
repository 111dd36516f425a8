/** Link targets inside a document: heading slugs (GitHub's rules) and HTML anchors. */
import type { DocumentModel, OutlineNode } from '../model';
import type { Link } from '../parse/markdown';

const cache = new WeakMap<DocumentModel, Set<string>>();

/** GitHub's heading slug: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

export function documentAnchors(model: DocumentModel): Set<string> {
  let anchors = cache.get(model);
  if (anchors) return anchors;
  anchors = new Set(model.anchors);
  const headings = mergeByStart(model.containers.filter((n) => n.headingLevel !== undefined), model.clauses.filter((n) => n.headingLevel !== undefined));
  const seen = new Map<string, number>();
  for (const h of headings) {
    const raw = model.text.slice(h.headSpan.start, h.headSpan.end)
      .replace(/^[ \t]{0,3}#{1,6}[ \t]*/, '').replace(/[ \t]#+[ \t]*$/, '')
      .replace(/<[^<>\n]{0,200}>/g, '').replace(/!?\[([^[\]\n]{0,200})\]\([^()\n]{0,500}\)/g, '$1').replace(/[*_`~]/g, '');
    const base = slug(raw);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  cache.set(model, anchors);
  return anchors;
}

/** Two lists of nodes, each in document order, merged into one (linear; sorts only if a list is out of order). */
function mergeByStart(a: OutlineNode[], b: OutlineNode[]): OutlineNode[] {
  const ordered = (xs: OutlineNode[]) => xs.every((n, i) => i === 0 || xs[i - 1].headSpan.start <= n.headSpan.start);
  if (!ordered(a) || !ordered(b)) return [...a, ...b].sort((x, y) => x.headSpan.start - y.headSpan.start);
  const out: OutlineNode[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].headSpan.start <= b[j].headSpan.start) ? a[i++] : b[j++]);
  return out;
}

/** 《[服务使用规则](#)》: a link whose text names a document between 《》. */
export function isNamedDocumentLink(text: string, link: Link): boolean {
  return text[link.start - 1] === '《' && text[link.end] === '》';
}
