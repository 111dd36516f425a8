/**
 * Definitions that open a clause ("不可抗力是指……", a statute's "买卖合同是……的合同。"),
 * section by section. definitions.ts clauseOpeningDefinitions reads a clause's first 200
 * characters of body; a clause's body lies in the section it starts in, and the clauses of
 * a section (which blocks open one, where their bodies are, whether they are articles)
 * follow from the section's text alone — so each section's are kept in its memo,
 * section-relative, and an edit reads only the clauses of the sections it touched.
 */
import type { DocumentModel } from '../model';
import { clauseOpeningDefinitions, moveDefinition, type FoundDefinition } from './definitions';

export function openingDefinitions(model: DocumentModel): FoundDefinition[] {
  const { sections, clauses, prose } = model;
  const out: FoundDefinition[] = [];
  let next = 0;
  for (const section of sections) {
    const first = next;
    while (next < clauses.length && clauses[next].span.start < section.end) next++;
    let found = section.memo.get('terms:opening') as FoundDefinition[] | undefined;
    if (!found) {
      found = [];
      for (let i = first; i < next; i++) {
        for (const d of clauseOpeningDefinitions(prose, clauses[i]) ?? []) found.push(moveDefinition(d, -section.start));
      }
      section.memo.set('terms:opening', found);
    }
    for (const d of found) out.push(moveDefinition(d, section.start));
  }
  return out;
}
