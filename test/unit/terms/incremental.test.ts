import { strict as assert } from 'node:assert';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import type { DocumentModel } from '../../../server/src/core/model';
import { carried } from '../../../server/src/core/terms/carry';
import { CORPUS_FILES, corpus, fixture } from '../../helpers/fixtures';

/**
 * The terms extractor caches its section-local work in the section memos (terms/index.ts):
 * after any sequence of edits, analysing with a shared SectionCache must give exactly the
 * terms a from-scratch analysis gives — definitions, uses with their offsets, case
 * mismatches, undefined-term candidates.
 */
function termsFacts(model: DocumentModel) {
  const t = model.terms;
  return {
    terms: t.terms.map((x) => [x.key, x.name, x.language, x.external ?? '', x.definitions.length, x.uses.length]),
    definitions: t.definitions.map(({ term, definition: d }) => [term.key, d.name, d.form, d.span, d.quoted ?? null, d.extent, d.inDefinitionsSection]),
    uses: t.uses.map((u) => [u.term.key, u.span.start, u.span.end, u.end, u.variant]),
    caseMismatches: t.caseMismatches.map((m) => [m.term.key, m.span.start, m.span.end, m.text]),
    undefinedCandidates: t.undefinedCandidates.map((c) => [c.text, c.span.start, c.span.end, c.count]),
    incorporatesExternal: t.incorporatesExternal ?? null,
  };
}

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

type Edit = { at: number; remove: number; insert: string; what: string };

const CHARS = ['a', 'Z', ' ', '\n', '"', '“', '”', 's', '.', '(', ')', '#', '云', '是', '指', '\n\n'];

/** The next edit on `text`, chosen by `rnd`; `model` is the current version's analysis. */
function nextEdit(text: string, model: DocumentModel, rnd: (n: number) => number, step: number): Edit {
  const zh = model.language === 'zh';
  const defs = model.terms.definitions;
  const uses = model.terms.uses;
  const kind = step % 8;
  if (kind === 1 && defs.length) {
    // Inside a definition's name: the term set changes.
    const d = defs[rnd(defs.length)].definition.span;
    const at = d.start + rnd(d.end - d.start + 1);
    return rnd(2) ? { at, remove: 0, insert: CHARS[rnd(CHARS.length)], what: 'insert in definition' } : { at: Math.min(at, d.end - 1), remove: 1, insert: '', what: 'delete in definition' };
  }
  if (kind === 3 && uses.length) {
    // Inside a use: the term set stays, one section's uses change.
    const u = uses[rnd(uses.length)].span;
    const at = u.start + rnd(u.end - u.start);
    return rnd(2) ? { at, remove: 0, insert: CHARS[rnd(CHARS.length)], what: 'insert in use' } : { at, remove: 1, insert: '', what: 'delete in use' };
  }
  if (kind === 4 && zh) {
    // A definition opening a clause (statute style), made or broken.
    const opening = defs.filter((d) => d.definition.form === 'bare' || d.definition.form === 'statute');
    if (opening.length && rnd(2)) {
      const d = opening[rnd(opening.length)].definition;
      const at = text.indexOf('是', d.span.end);
      if (at >= 0 && at < d.extent.end) return { at, remove: 1, insert: '', what: 'break an opening definition' };
    }
    const lineStart = text.lastIndexOf('\n', rnd(text.length)) + 1;
    return { at: lineStart, remove: 0, insert: `\n9.${step + 1}. 测试合同${'甲乙丙丁戊己庚辛壬癸'[step % 10]}是指用于测试的合同。\n\n`, what: 'new clause opening with a definition' };
  }
  if (kind === 5) {
    // A new definition at a line start, and a use of it later on.
    const lineStart = text.lastIndexOf('\n', rnd(text.length)) + 1;
    const name = zh ? `测试术语${step}` : `Zeta Widget ${String.fromCharCode(65 + (step % 26))}`;
    const insert = zh ? `“${name}”是指用于测试的内容。\n\n` : `"${name}" means a widget used for testing.\n\n`;
    return { at: lineStart, remove: 0, insert, what: 'new definition' };
  }
  if (kind === 6) {
    // A use of a defined term somewhere (maybe before its definition, maybe in another section).
    const name = defs.length ? defs[rnd(defs.length)].term.name : 'Agreement';
    const at = rnd(text.length + 1);
    return { at, remove: 0, insert: ` the ${name} `, what: 'insert a use' };
  }
  const at = rnd(text.length + 1);
  if (kind === 7 && at < text.length) return { at, remove: 1 + rnd(Math.min(3, text.length - at)), insert: '', what: 'delete' };
  return { at, remove: 0, insert: CHARS[rnd(CHARS.length)], what: 'insert' };
}

function apply(text: string, e: Edit): string { return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove); }

describe('defined terms: incremental analysis equals a from-scratch analysis', function () {
  this.timeout(120000);
  const documents: [string, string, number][] = [
    ['en-terms-planted.md', fixture('en-terms-planted.md'), 24],
    ['zh-terms-planted.md', fixture('zh-terms-planted.md'), 24],
    ['zh-cloud-storage-agreement.md', fixture('zh-cloud-storage-agreement.md'), 16],
    ...CORPUS_FILES.map((f): [string, string, number] => [f, corpus(f), 10]),
  ];

  documents.forEach(([name, original, steps], index) => {
    it(`after ${steps} random edits: ${name}`, () => {
      const rnd = random(0x7e4d + index);
      const cache = new SectionCache();
      let text = original;
      let model = analyze(text, { cache });
      assert.deepEqual(termsFacts(model), termsFacts(analyze(text)));
      for (let step = 0; step < steps; step++) {
        const edit = nextEdit(text, model, rnd, step);
        text = apply(text, edit);
        model = analyze(text, { cache });
        assert.deepEqual(termsFacts(model), termsFacts(analyze(text)), `${name}, step ${step}: ${edit.what} at ${edit.at} (${JSON.stringify(edit.insert)}, -${edit.remove})`);
      }
    });
  });

  it('scans again only the edited section when the term set is unchanged', () => {
    const text = corpus('github-data-protection-agreement-2023.md');
    const cache = new SectionCache();
    const before = analyze(text, { cache });
    void before.terms; // areas are computed when first read
    const slots = new Map(before.sections.map((s) => [s.start, s.memo.get('terms:uses')]));
    assert.ok(before.sections.length > 10 && before.terms.uses.length > 100);
    // One character in a sentence far from any definition, inside the text of a use-bearing section.
    const use = before.terms.uses[Math.floor(before.terms.uses.length / 2)];
    const at = text.indexOf(' ', use.end + 1);
    const edited = text.slice(0, at) + ' x' + text.slice(at);
    const after = analyze(edited, { cache });
    assert.deepEqual(termsFacts(after), termsFacts(analyze(edited)));
    assert.equal(after.terms.terms.length, before.terms.terms.length);
    const rescanned = after.sections.filter((s) => {
      const shiftedStart = s.start <= at ? s.start : s.start - 2;
      return slots.get(shiftedStart) !== s.memo.get('terms:uses');
    });
    assert.equal(rescanned.length, 1, `re-scanned sections: ${rescanned.map((s) => s.start).join(', ')}`);
  });

  it('re-judges an untouched section when the outline changes what its definitions are', () => {
    // The entry "Fee" is a definition only inside the Definitions clause, whose heading is in
    // another section; "Fee" stays defined either way, so the term set does not change.
    const filler = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} of the filler says nothing about anything at all, in many words.`).join('\n\n');
    const text = `# Agreement\n\n"Fee" means the amount invoiced.\n\n## 1. Definitions\n\n${filler}\n\n"Fee" is the amount payable, and each Fee is due monthly.\n\n## 2. Payment\n\nThe Fee is payable.\n`;
    const cache = new SectionCache();
    const before = analyze(text, { cache });
    assert.equal(before.terms.byKey.get('Fee')?.definitions.length, 2);
    const entry = before.sections.find((s) => s.start <= text.indexOf('"Fee" is') && text.indexOf('"Fee" is') < s.end)!;
    assert.ok(entry.start > text.indexOf('## 1.'), 'the entry is in a section of its own');
    const edited = text.replace('## 1. Definitions', '## 1. Miscellany');
    const after = analyze(edited, { cache });
    assert.equal(after.terms.byKey.get('Fee')?.definitions.length, 1);
    assert.deepEqual(termsFacts(after), termsFacts(analyze(edited)));
    const back = analyze(text, { cache });
    assert.deepEqual(termsFacts(back), termsFacts(before));
  });

  it('finds the uses of a new term when a new definition changes the term set', () => {
    const text = fixture('en-terms-planted.md');
    const cache = new SectionCache();
    analyze(text, { cache });
    const edited = text + '\n\n"Planted Gadget" means a gadget.\n\nEach Planted Gadget is tested.\n';
    const after = analyze(edited, { cache });
    assert.deepEqual(termsFacts(after), termsFacts(analyze(edited)));
    assert.equal(after.terms.byKey.get('Planted Gadget')?.uses.length, 1);
  });

  it('carries over the uses of the sections a changed term cannot touch, typing inside a definition\'s quotes', () => {
    let text = corpus('github-data-protection-agreement-2023.md');
    const cache = new SectionCache();
    void analyze(text, { cache }).terms;
    const before = carried.count;
    // Rename a defined term one keystroke at a time, then back: each keystroke is a new term list.
    // A term used in many sections: its uses go when it is renamed and come back with it.
    const { definition: d, term } = analyze(text).terms.definitions.find(({ definition, term: t }) => definition.quoted && t.uses.length > 5)!;
    assert.ok(term.uses.length > 5);
    for (const insert of ['X', 'Y']) {
      text = text.slice(0, d.span.end) + insert + text.slice(d.span.end);
      const model = analyze(text, { cache });
      assert.deepEqual(termsFacts(model), termsFacts(analyze(text)), `after typing ${insert}`);
    }
    text = text.slice(0, d.span.end) + text.slice(d.span.end + 2);
    const back = analyze(text, { cache });
    assert.deepEqual(termsFacts(back), termsFacts(analyze(text)), 'after deleting them');
    assert.ok(carried.count - before > back.sections.length, `${carried.count - before} sections carried over in three term-list changes of ${back.sections.length} sections`);
  });
});
