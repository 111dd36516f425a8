/** Find a clause by number or title across open and workspace documents. */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import type { DocumentModel } from '../core/model';
import { clauseName } from '../core/describe';
import { toRange } from './convert';

export function workspaceSymbols(models: Iterable<DocumentModel>, query: string, limit = 500): WorkspaceSymbol[] {
  const q = query.trim().toLowerCase();
  const out: WorkspaceSymbol[] = [];
  for (const model of models) {
    if (!model.agreement.isAgreement) continue;
    for (const clause of model.clauses) {
      const name = clauseName(clause);
      if (q && !matches(name.toLowerCase(), clause.id.toLowerCase(), q)) continue;
      out.push({
        name, kind: clause.source === 'heading' ? SymbolKind.Module : SymbolKind.Field,
        containerName: clause.part.title || undefined,
        location: { uri: model.uri, range: toRange(model, clause.labelSpan) },
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Id prefix ("8.1" finds 8.1, 8.1(a)), or every query character in order (fuzzy, as VS Code does). */
function matches(name: string, id: string, q: string): boolean {
  if (id.startsWith(q) || name.includes(q)) return true;
  let i = 0;
  for (const ch of name) if (ch === q[i]) i++;
  return i === q.length;
}
