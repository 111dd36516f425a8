// Shared helpers for the in-editor suite (bundled into each *.test.js).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'clausewise.clausewise';
export const SOURCE = 'clausewise';

/** The workspace folder opened by run.mjs (test/e2e/workspace). */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (run.mjs opens test/e2e/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (is extensionDevelopmentPath the repo root?)`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  assert.equal(doc.languageId, 'markdown');
  await activateExtension();
  return doc;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Poll `probe` until it returns a value that `ok` accepts, or fail after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => T | PromiseLike<T>,
  ok: (v: T) => boolean,
  timeoutMs = 30_000,
  intervalMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) {
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${show(last)}`);
    }
    await sleep(intervalMs);
    last = await probe();
  }
  return last;
}

export function clausewiseDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Diagnostic codes may be plain values or `{ value, target }` (LSP codeDescription). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function lineOf(doc: vscode.TextDocument, startsWith: string, nth = 0): number {
  const lines: number[] = [];
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.startsWith(startsWith)) lines.push(i);
  assert.ok(lines.length > nth, `fixture has no occurrence #${nth + 1} of a line starting with ${JSON.stringify(startsWith)}`);
  return lines[nth];
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
    'vscode.executeDocumentSymbolProvider',
    uri,
  );
  return (result ?? []).filter((s): s is vscode.DocumentSymbol => 'children' in s);
}

/** Depth-first walk yielding each symbol together with its ancestors' names. */
export function* walk(
  symbols: vscode.DocumentSymbol[],
  ancestors: string[] = [],
): Generator<{ symbol: vscode.DocumentSymbol; ancestors: string[] }> {
  for (const symbol of symbols) {
    yield { symbol, ancestors };
    yield* walk(symbol.children ?? [], [...ancestors, symbol.name]);
  }
}

export function show(v: unknown): string {
  try {
    const s = JSON.stringify(v, (_k, x) => (x instanceof vscode.Uri ? x.toString() : x));
    return s === undefined ? String(v) : s.length > 800 ? `${s.slice(0, 800)}…` : s;
  } catch {
    return String(v);
  }
}

export function shortPath(uri: vscode.Uri): string {
  return path.basename(uri.fsPath);
}
