/**
 * Summarises V8 .cpuprofile files (node --cpu-prof): self time by source file and by
 * function, and total (inclusive) time of chosen functions.
 * Usage: node bench/summarize-cpuprofile.mjs file.cpuprofile… [top=25]
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 25);
// With several files (worker threads write their own), the one with the most call-tree nodes is the main thread.
const profiles = args.filter((a) => a.endsWith('.cpuprofile')).map((f) => ({ f, p: JSON.parse(readFileSync(f, 'utf8')) }));
if (!profiles.length) { console.error('usage: node bench/summarize-cpuprofile.mjs file.cpuprofile… [top]'); process.exit(2); }
const { f: file, p: profile } = profiles.sort((a, b) => b.p.nodes.length - a.p.nodes.length)[0];

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url) => url.replace(/^file:\/\//, '').replace(/^.*?\/(server\/src|node_modules)\//, '$1/') || '(native)';
const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);
const files = new Map(), functions = new Map();
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  const f = shortUrl(n.callFrame.url);
  add(files, f.startsWith('node_modules/') ? f.split('/').slice(0, f.split('/')[1].startsWith('@') ? 3 : 2).join('/') : f, us);
  add(functions, `${n.callFrame.functionName || '(anonymous)'}  ${f}:${n.callFrame.lineNumber + 1}`, us);
}

// inclusive time per function name (counted once per sample stack)
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const seen = new Set();
  for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${shortUrl(n.callFrame.url)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(inclusive, key, dt[i] ?? 0);
  }
}

const print = (title, map) => {
  console.log(`\n### ${title}\n\n| | ms | % |\n| --- | ---: | ---: |`);
  for (const [k, us] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${k} | ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)} |`);
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('self time by file', files);
print('self time by function', functions);
print('inclusive time by function', new Map([...inclusive].filter(([k]) => /server\/src|\.ts/.test(k))));
