/**
 * Open documents and their models. A model is built lazily, once per document version,
 * and reused by every request for that version; each document keeps a section cache so
 * an edit re-parses only the sections it touched.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SectionCache } from './core/analyze';
import { lint, type LintResult } from './core/lint';
import type { Settings } from './core/settings';

interface Entry { cache: SectionCache; version: number; result?: LintResult; settingsKey?: string }

export class ModelStore {
  private entries = new Map<string, Entry>();

  constructor(private settingsFor: (uri: string) => Settings) {}

  get(document: TextDocument): LintResult {
    let entry = this.entries.get(document.uri);
    if (!entry) this.entries.set(document.uri, (entry = { cache: new SectionCache(), version: -1 }));
    const settings = this.settingsFor(document.uri);
    const settingsKey = JSON.stringify(settings);
    if (!entry.result || entry.version !== document.version || entry.settingsKey !== settingsKey) {
      entry.result = lint(document.getText(), {
        uri: document.uri, version: document.version, cache: entry.cache,
        detection: settings.agreementDetection, severity: settings.severity, language: settings.language,
      });
      entry.version = document.version;
      entry.settingsKey = settingsKey;
    }
    return entry.result;
  }

  /** The latest model of an open document, without re-analysing. */
  peek(uri: string): LintResult | undefined { return this.entries.get(uri)?.result; }

  delete(uri: string): void { this.entries.delete(uri); }

  all(): LintResult[] { return [...this.entries.values()].flatMap((e) => (e.result ? [e.result] : [])); }
}
