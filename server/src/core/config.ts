/**
 * Project configuration: `.clausewise.json` (JSON with comments) or `.clausewise.yaml`
 * in a folder applies to the files below it, cascading like markdownlint's: the
 * nearest file wins key by key, and `"root": true` stops the search upwards. The CLI
 * and the server both resolve configuration here, so they give the same results.
 * A malformed file yields problems (with positions) and is otherwise ignored.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as jsonc from 'jsonc-parser';
import YAML from 'yaml';
import picomatch from 'picomatch';
import { readSettings, DEFAULT_SETTINGS, type Settings } from './settings';
import type { LintOptions } from './lint';

export const CONFIG_NAMES = ['.clausewise.json', '.clausewise.yaml', '.clausewise.yml'];

export interface TimelineConfig { start?: string; counting?: 'prc-civil-code' | 'common-law'; holidays?: string }

export interface ConfigFile {
  path: string;
  root: boolean;
  /** Settings keys this file sets (only those override outer files). */
  settings: Partial<Settings>;
  /** Globs (relative to the file's folder) of files that are agreements whatever their content. */
  agreements: string[];
  timeline: TimelineConfig;
  problems: ConfigProblem[];
}

export interface ConfigProblem { file: string; offset: number; length: number; message: string }

export interface ResolvedConfig { settings: Settings; timeline: TimelineConfig; files: string[]; problems: ConfigProblem[]; forcedAgreement: boolean }

/**
 * How a file is analysed under its configuration — one function, so the server and the CLI
 * give the same results. A file the `agreements` globs name is checked as an agreement
 * whatever the detection setting: a config file overrides the editor's settings key by key,
 * and naming the file is the most specific thing it can say.
 */
export function configuredLintOptions(uri: string, config: ResolvedConfig): LintOptions {
  const s = config.settings;
  return { uri, detection: config.forcedAgreement ? 'always' : s.agreementDetection, severity: s.severity, language: s.language, timeline: config.timeline };
}

const KNOWN_KEYS = new Set(['$schema', 'root', 'agreementDetection', 'severity', 'language', 'agreements', 'timeline']);

export function parseConfigFile(path: string, text: string): ConfigFile {
  const file: ConfigFile = { path, root: false, settings: {}, agreements: [], timeline: {}, problems: [] };
  const problem = (offset: number, length: number, message: string) => file.problems.push({ file: path, offset, length, message });
  let data: unknown;
  let locate = (_key: string[]): [number, number] => [0, 0];
  if (path.endsWith('.json')) {
    const errors: jsonc.ParseError[] = [];
    const tree = jsonc.parseTree(text, errors, { allowTrailingComma: true });
    for (const e of errors.slice(0, 5)) problem(e.offset, e.length, `invalid JSON: ${jsonc.printParseErrorCode(e.error)}`);
    if (errors.length) return file;
    data = tree ? jsonc.getNodeValue(tree) : {};
    locate = (key) => { const n = tree && jsonc.findNodeAtLocation(tree, key); return n?.parent?.children?.[0] ? [n.parent.children[0].offset, n.parent.children[0].length] : [0, 0]; };
  } else {
    const doc = YAML.parseDocument(text, { prettyErrors: false });
    for (const e of doc.errors.slice(0, 5)) problem(e.pos[0], Math.max(1, e.pos[1] - e.pos[0]), `invalid YAML: ${e.message.split('\n')[0]}`);
    if (doc.errors.length) return file;
    data = doc.toJS({ maxAliasCount: 50 });
    locate = (key) => { const n = doc.getIn(key, true) as { range?: [number, number] } | undefined; return n?.range ? [n.range[0], n.range[1] - n.range[0]] : [0, 0]; };
  }
  if (data === null || data === undefined) return file;
  if (typeof data !== 'object' || Array.isArray(data)) { problem(0, 1, 'a Clausewise config must be an object of settings'); return file; }
  const raw = data as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!KNOWN_KEYS.has(key)) problem(...locate([key]), `unknown setting "${key}" (known: ${[...KNOWN_KEYS].filter((k) => k !== '$schema').join(', ')})`);
  file.root = raw.root === true;
  const { settings, problems } = readSettings(raw);
  for (const p of problems) {
    const code = /rule code "([^"]+)"/.exec(p)?.[1] ?? /severity of (\S+)/.exec(p)?.[1];
    problem(...(code ? locate(['severity', code]) : locate([p.split(' ')[0]])), p);
  }
  if (raw.agreementDetection !== undefined && !problems.some((p) => p.startsWith('agreementDetection'))) file.settings.agreementDetection = settings.agreementDetection;
  if (raw.severity !== undefined) file.settings.severity = settings.severity;
  if (settings.language) file.settings.language = settings.language;
  if (raw.agreements !== undefined) {
    if (Array.isArray(raw.agreements) && raw.agreements.every((g) => typeof g === 'string')) file.agreements = raw.agreements as string[];
    else problem(...locate(['agreements']), 'agreements must be a list of glob patterns, e.g. ["contracts/**/*.md"]');
  }
  if (raw.timeline !== undefined) file.timeline = readTimeline(raw.timeline, (m) => problem(...locate(['timeline']), m));
  return file;
}

function readTimeline(raw: unknown, problem: (m: string) => void): TimelineConfig {
  if (!raw || typeof raw !== 'object') { problem('timeline must be an object: {"start", "counting", "holidays"}'); return {}; }
  const t = raw as Record<string, unknown>;
  const out: TimelineConfig = {};
  if (t.start !== undefined) {
    if (typeof t.start === 'string' && /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/.test(t.start)) out.start = t.start;
    else problem('timeline.start must be a date like 2026-03-01 or 2026-03-01T09:00');
  }
  if (t.counting !== undefined) {
    if (t.counting === 'prc-civil-code' || t.counting === 'common-law') out.counting = t.counting;
    else problem('timeline.counting must be "prc-civil-code" or "common-law"');
  }
  if (t.holidays !== undefined) {
    if (typeof t.holidays === 'string' && /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/.test(t.holidays)) out.holidays = t.holidays;
    else problem('timeline.holidays must be a country (or country-region) code such as "CN", "US" or "GB-ENG"');
  }
  return out;
}

/** Reads and caches config files by path and modification time. */
export class ConfigResolver {
  private cache = new Map<string, { mtime: number; file: ConfigFile }>();

  constructor(private readonly enabled = true) {}

  /** The config files that apply to `filePath`, nearest first, stopping at a root file. */
  filesFor(filePath: string): ConfigFile[] {
    if (!this.enabled) return [];
    const out: ConfigFile[] = [];
    let dir = dirname(filePath);
    for (let depth = 0; depth < 64; depth++) {
      for (const name of CONFIG_NAMES) {
        const file = this.read(join(dir, name));
        if (file) { out.push(file); break; }
      }
      if (out.length && out[out.length - 1].root) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return out;
  }

  resolve(filePath: string, base: Settings = DEFAULT_SETTINGS): ResolvedConfig {
    const files = this.filesFor(filePath);
    const settings: Settings = { ...base, severity: { ...base.severity } };
    const timeline: TimelineConfig = {};
    let forcedAgreement = false;
    for (const file of [...files].reverse()) { // outermost first; nearer files override
      if (file.settings.agreementDetection) settings.agreementDetection = file.settings.agreementDetection;
      if (file.settings.language) settings.language = file.settings.language;
      if (file.settings.severity) Object.assign(settings.severity, file.settings.severity);
      Object.assign(timeline, file.timeline);
      if (file.agreements.length) {
        const rel = relative(dirname(file.path), filePath).split(sep).join('/');
        forcedAgreement = picomatch.isMatch(rel, file.agreements, { dot: true });
      }
    }
    return { settings, timeline, files: files.map((f) => f.path), problems: files.flatMap((f) => f.problems), forcedAgreement };
  }

  private read(path: string): ConfigFile | undefined {
    let mtime: number;
    try { mtime = statSync(path).mtimeMs; } catch { this.cache.delete(path); return undefined; }
    const hit = this.cache.get(path);
    if (hit && hit.mtime === mtime) return hit.file;
    let file: ConfigFile;
    try { file = parseConfigFile(path, readFileSync(path, 'utf8')); } catch (e) {
      file = { path, root: false, settings: {}, agreements: [], timeline: {}, problems: [{ file: path, offset: 0, length: 0, message: `cannot read: ${(e as Error).message}` }] };
    }
    this.cache.set(path, { mtime, file });
    return file;
  }
}
