/**
 * Open documents and their models. A model is built lazily, once per document version
 * and configuration, and reused by every request for that version; each document keeps
 * a section cache so an edit re-parses only the sections it touched.
 */
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SectionCache } from './core/analyze';
import { lint, type LintOptions, type LintResult } from './core/lint';
import { ConfigResolver, configuredLintOptions, type ResolvedConfig } from './core/config';
import type { Settings } from './core/settings';

interface Entry { cache: SectionCache; version: number; result?: LintResult; configKey?: string; config?: ResolvedConfig }

export class ModelStore {
  private entries = new Map<string, Entry>();
  private configs: ConfigResolver;
  /** Analyses run since the store was made (each a version analysed, or analysed again): for the stats request. */
  analyses = 0;

  /** `trusted`: in an untrusted workspace, config files in the workspace are not read. */
  constructor(private settings: () => Settings, trusted = true) {
    this.configs = new ConfigResolver(trusted);
  }

  /** Editor settings or config files changed: recompute configuration on next use. */
  invalidateConfig(): void { for (const e of this.entries.values()) e.config = undefined; }

  configFor(uri: string): ResolvedConfig {
    const entry = this.entry(uri);
    if (!entry.config) {
      const base = this.settings();
      const path = uri.startsWith('file:') ? safePath(uri) : undefined;
      entry.config = path ? this.configs.resolve(path, base) : { settings: base, timeline: {}, files: [], problems: [], forcedAgreement: false };
    }
    return entry.config;
  }

  get(document: TextDocument): LintResult {
    const entry = this.entry(document.uri);
    const config = this.configFor(document.uri);
    const configKey = keyOf(config);
    if (!entry.result || entry.version !== document.version || entry.configKey !== configKey) this.analyse(document, entry, config, configKey);
    return entry.result!;
  }

  /**
   * Rehearses a keystroke (server.ts rehearseTyping): `edited` — the document's current
   * text with a character typed — is analysed completely through the document's section
   * cache (model, every area, the rules), as an edit would be, and the findings dropped;
   * then the document's own text is analysed again, completely too (the keystroke taken
   * back is an edit as well, and the kept result then holds every area, as after the
   * open), so the cache, the outline refreshed in place and the kept result are the
   * current version's once more. Nothing is published. False when the kept result is not
   * of this version.
   */
  rehearse(document: TextDocument, edited: string): boolean {
    const entry = this.entries.get(document.uri);
    if (!entry?.result || entry.version !== document.version) return false;
    const config = this.configFor(document.uri);
    const configKey = keyOf(config);
    if (entry.configKey !== configKey) return false;
    entry.result = undefined;
    void lint(edited, { ...lintOptions(document, config), version: REHEARSAL_VERSION, cache: entry.cache }).findings;
    this.analyse(document, entry, config, configKey, false);
    void entry.result!.findings;
    return true;
  }

  private analyse(document: TextDocument, entry: Entry, config: ResolvedConfig, configKey: string, count = true): void {
    // Let the last version's model go before the next is built: it then dies young
    // instead of being promoted to the old generation while the new one is allocated.
    entry.result = undefined;
    if (count) this.analyses++;
    entry.result = lint(document.getText(), { ...lintOptions(document, config), cache: entry.cache });
    entry.version = document.version;
    entry.configKey = configKey;
  }

  /** The latest model of an open document, without re-analysing. */
  peek(uri: string): LintResult | undefined { return this.entries.get(uri)?.result; }

  delete(uri: string): void { this.entries.delete(uri); }

  private entry(uri: string): Entry {
    let entry = this.entries.get(uri);
    if (!entry) this.entries.set(uri, (entry = { cache: new SectionCache(), version: -1 }));
    return entry;
  }
}

/** A rehearsed keystroke's version: never a document's. */
const REHEARSAL_VERSION = -1;

function lintOptions(document: TextDocument, config: ResolvedConfig): LintOptions {
  return { ...configuredLintOptions(document.uri, config), version: document.version };
}

/** What of a document's configuration its analysis depends on, as a key. */
function keyOf(config: ResolvedConfig): string {
  return JSON.stringify([config.settings, config.timeline, config.forcedAgreement]);
}

function safePath(uri: string): string | undefined {
  try { return fileURLToPath(uri); } catch { return undefined; }
}
