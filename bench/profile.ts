/**
 * Where analysis time goes, phase by phase, on a generated agreement — cold (empty
 * section cache) and after single-character edits (warm cache, as the server runs).
 * Runs the core from source:  npx tsx bench/profile.ts [100k|1m|5m] [edits]
 * For function-level detail:  node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts 1m
 *                             node bench/summarize-cpuprofile.mjs /tmp/prof/*.cpuprofile
 *
 * Phases 1–7 repeat what analyze() does before the extractors (kept in step with
 * server/src/core/analyze.ts by hand); extractors and rules are timed inside the real
 * analyze()/check() by wrapping the EXTRACTORS and RULES entries.
 */
import { performance } from 'node:perf_hooks';
import { SectionCache } from '../server/src/core/analyze';
import { lint } from '../server/src/core/lint';
import { splitAfterChange, splitSections, type SectionSpan } from '../server/src/core/parse/sections';
import { changedRange } from '../server/src/core/text/change';
import { parseSection, type Block, type SectionParse } from '../server/src/core/parse/markdown';
import { maskSlice, normalizeMasks } from '../server/src/core/parse/prose';
import { buildOutline, collectItems } from '../server/src/core/parse/outline';
import { detectAgreement, detectLanguage } from '../server/src/core/detect';
import { LineIndex } from '../server/src/core/text/lineIndex';
import { EXTRACTORS } from '../server/src/core/extractors';
import { RULES } from '../server/src/core/rules';
// @ts-expect-error plain ESM module without types
import { generateAgreement, SIZES } from './generate.mjs';

const size: string = process.argv[2] ?? '1m';
if (!(size in SIZES)) { console.error(`usage: npx tsx bench/profile.ts [${Object.keys(SIZES).join('|')}] [edits]`); process.exit(2); }
const EDITS = Number(process.argv[3] ?? 10);
let text: string = generateAgreement(SIZES[size]);

/** Per phase: wall-clock ms and CPU ms (user + system of this process; robust when the machine is busy). */
type Times = Map<string, { wall: number[]; cpu: number[] }>;
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const add = (t: Times, k: string, wall: number, cpu = NaN) => {
  if (!t.has(k)) t.set(k, { wall: [], cpu: [] });
  t.get(k)!.wall.push(wall); t.get(k)!.cpu.push(cpu);
};
const time = <T>(t: Times, k: string, fn: () => T): T => {
  const s = performance.now(), c = cpuMs();
  const r = fn();
  add(t, k, performance.now() - s, cpuMs() - c);
  return r;
};

let current: Times = new Map();
for (const e of EXTRACTORS) {
  const run = e.run.bind(e);
  e.run = (model) => time(current, `extractor: ${e.name}`, () => run(model));
}
for (const r of RULES) {
  const check = r.check.bind(r);
  r.check = (model, report) => time(current, `rule: ${r.code}`, () => check(model, report));
}

/** What the phases keep between versions: the last text, its sections and lines, parses by section text. */
interface PhaseCache { text?: string; spans?: SectionSpan[]; lines?: LineIndex; parses: Map<string, SectionParse> }

/** Phases 1–7 of analyze(), timed. */
function phases(t: Times, text: string, cache: PhaseCache): void {
  const change = cache.text === undefined ? undefined : time(t, '0 changedRange', () => changedRange(cache.text!, text));
  const spans = time(t, '1 splitSections (after a change: splitAfterChange)', () => (change && cache.spans ? splitAfterChange(text, cache.spans, change) : splitSections(text)));
  const used = new Map<string, SectionParse>();
  const blocks: Block[] = [];
  const masks: [number, number][] = [];
  let parsed = 0;
  time(t, '2 sections: cache lookup + remark misses + shift', () => {
    for (const span of spans) {
      const sectionText = text.slice(span.start, span.end);
      let parse: SectionParse | undefined = cache.parses.get(sectionText);
      if (!parse) {
        const s = performance.now(), c = cpuMs();
        parse = parseSection(sectionText);
        add(t, '2a   of which remark parseSection', performance.now() - s, cpuMs() - c);
        parsed++;
      }
      used.set(sectionText, parse);
      const shift = span.start;
      const base = blocks.length;
      for (const b of parse.blocks) {
        blocks.push({ ...b, start: b.start + shift, end: b.end + shift, contentStart: b.contentStart + shift,
          markerEnd: b.markerEnd === undefined ? undefined : b.markerEnd + shift, item: b.item === undefined ? undefined : b.item + base,
          listId: b.listId === undefined ? undefined : b.listId + shift, caption: b.caption && [b.caption[0] + shift, b.caption[1] + shift] });
      }
      for (const [s, e] of parse.masks) masks.push([s + shift, e + shift]);
    }
    cache.parses = used;
  });
  add(t, '   (sections re-parsed)', parsed);
  const prose = time(t, '3 maskSlice (prose view, made whole here)', () => maskSlice(text, 0, text.length, normalizeMasks(masks), 0));
  // analyze() collects items per section and caches them; here they are collected for the whole text (an upper bound).
  const items = time(t, '4a collectItems (whole text; cached per section in analyze)', () => collectItems(prose, blocks));
  const { outline } = time(t, '4 buildOutline', () => buildOutline(text, prose, { items: [items], shifts: [0], blockBases: [0] }));
  time(t, '5 detectLanguage', () => detectLanguage(prose, undefined));
  time(t, '6 detectAgreement', () => detectAgreement(prose, outline.clauses, undefined, 'auto'));
  cache.lines = time(t, '7 LineIndex (after a change: afterChange)', () => (change && cache.lines ? LineIndex.afterChange(cache.lines, text, change) : new LineIndex(text)));
  cache.text = text;
  cache.spans = spans;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const max = (xs: number[]) => Math.max(...xs);

function report(title: string, t: Times) {
  console.log(`\n### ${title}\n\n| phase | CPU median | CPU max | wall median | runs |\n| --- | ---: | ---: | ---: | ---: |`);
  const rows = [...t.entries()].sort(([a], [b]) => (a.startsWith('lint') ? 1 : b.startsWith('lint') ? -1 : 0));
  for (const [k, { wall, cpu }] of rows) {
    if (k.includes('re-parsed')) { console.log(`| ${k} | ${median(wall)} | ${max(wall)} | | ${wall.length} |`); continue; }
    const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(1) + ' ms' : '');
    console.log(`| ${k} | ${fmt(median(cpu))} | ${fmt(max(cpu))} | ${fmt(median(wall))} | ${wall.length} |`);
  }
}

console.log(`input: generated-${size}, ${Buffer.byteLength(text)} bytes, ${text.length} chars; ${EDITS} edits`);

// Cold: empty caches. Phases use their own cache; the real lint() uses another (both start empty).
const cold: Times = new Map();
current = cold;
const phaseCache: PhaseCache = { parses: new Map() };
const lintCache = new SectionCache();
phases(cold, text, phaseCache);
time(cold, 'lint() total (real analyze + check)', () => lint(text, { cache: lintCache }).findings);
report('cold (empty section cache)', cold);

// Edits: one character typed in the middle of a line, spread over the document.
const warm: Times = new Map();
current = warm;
const lines: number[] = [];
for (let i = 0, pos = 0; pos < text.length; i++) {
  const end = text.indexOf('\n', pos);
  const e = end < 0 ? text.length : end;
  if (e - pos > 30 && !/^\s*[#|<`]/.test(text.slice(pos, pos + 4))) lines.push(pos + Math.floor((e - pos) / 2));
  pos = e + 1;
}
for (let k = 0; k < EDITS; k++) {
  const at = lines[Math.floor(((k + 0.5) * lines.length) / EDITS)] + k;
  text = text.slice(0, at) + 'x' + text.slice(at);
  phases(warm, text, phaseCache);
  time(warm, 'lint() total (real analyze + check)', () => lint(text, { cache: lintCache }).findings);
}
report('after a single-character edit (warm section cache)', warm);
