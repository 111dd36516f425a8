/**
 * Durations and timelines are read section by section and cached across versions
 * (core/timelines/sections.ts). Whatever the edits, the result must equal a from-scratch
 * analysis and the reading of the whole prose view at once.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import { timelinesJson, toIso } from '../../../server/src/core/timelines';
import { extractTimelines, sectionReads } from '../../../server/src/core/timelines/sections';
import { durationData } from '../../../server/src/core/timelines/placed';
import { groupReads } from '../../../server/src/core/timelines/groups';
import type { DocumentModel } from '../../../server/src/core/model';
import { corpus, seed, fixture, CORPUS_FILES, FIXTURES } from '../../helpers/fixtures';
import { rng } from '../../helpers/edits';

type Found = Pick<DocumentModel, 'durations' | 'rates' | 'timelines'>;

/** Everything the timelines area puts in the model, as plain data (clauses by key). */
function facts(model: DocumentModel, found: Found = model) {
  return {
    durations: found.durations.map((d) => ({ ...durationData(d), clause: d.clause?.key })),
    rates: found.rates,
    timelines: found.timelines.map((s) => ({
      ...s, scope: s.scope?.key,
      events: s.events.map((e) => ({ ...e, clause: e.clause?.key, duration: e.duration?.index })),
    })),
    json: timelinesJson({ ...model, ...found } as DocumentModel, { start: '2026-03-01T00:00' }),
  };
}

/** The model's facts equal those of a fresh analysis and of reading the whole text at once. */
function assertExact(model: DocumentModel, text: string, what: string): void {
  assert.deepStrictEqual(facts(model), facts(analyze(text)), `${what}: cached ≠ from scratch`);
  assert.deepStrictEqual(facts(model), facts(model, extractTimelines(model, { whole: true })), `${what}: sectioned ≠ whole text`);
}


const INSERTS = [
  ...'0123456789日天月年内前后满个（）().,，。；、 \nx自起即',
  '7日', '24小时', '三十（30）日', '提前', '届满', '以内', '（7×24即168个小时）', '立即', '暂停', '删除', '欠费', '到期', '自首次欠费之时起',
  ' within ', ' days', 'thirty (30) days', ' after ', ' termination', 'prior notice', 'delete', 'suspend', '\n\n', '\n## 9. ', '\n\n(a) ',
];
const ANCHOR_WORDS = /欠费|到期|期满|届满|暂停|停止|终止|删除|释放|通知|自[^，。\n]{1,8}起|after|following|termination|expir\w*|suspen\w*|notice|receipt|delete|upon/gi;

interface Edit { at: number; remove: number; insert: string; where: string }

function randomEdit(text: string, model: DocumentModel, random: () => number): Edit {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const roll = random();
  let at: number, where: string;
  if (roll < 0.3 && model.durations.length) {
    const d = pick(model.durations);
    at = d.span.start + Math.floor(random() * (d.span.end - d.span.start + 1)); where = `in duration "${d.text}"`;
  } else if (roll < 0.55) {
    const anchors = [...text.matchAll(ANCHOR_WORDS)];
    const m = anchors.length ? pick(anchors) : undefined;
    at = m ? m.index! + Math.floor(random() * (m[0].length + 1)) : Math.floor(random() * (text.length + 1));
    where = m ? `in anchor "${m[0]}"` : 'anywhere';
  } else if (roll < 0.8 && model.sections.length > 1) {
    // Near a section boundary: the words read before and after a match cross it.
    const s = pick(model.sections.slice(1));
    at = Math.max(0, Math.min(text.length, s.start + Math.floor(random() * 80) - 40)); where = `near the section at ${s.start}`;
  } else {
    at = Math.floor(random() * (text.length + 1)); where = 'anywhere';
  }
  const remove = random() < 0.4 ? 1 + Math.floor(random() * 3) : 0;
  const insert = remove && random() < 0.5 ? '' : pick(INSERTS);
  return { at, remove: Math.min(remove, text.length - at), insert, where };
}

function apply(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}

describe('timelines: section by section, across edits', function () {
  this.timeout(120_000);

  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort();
  const documents: [string, () => string, number][] = [
    ['seed', seed, 30],
    ...fixtures.map((f): [string, () => string, number] => [f, () => fixture(f), 6]),
    ...CORPUS_FILES.map((f): [string, () => string, number] => [f, () => corpus(f), 6]),
  ];

  documents.forEach(([name, read, edits], n) => {
    it(`equals a from-scratch analysis after random edits: ${name}`, () => {
      const random = rng(0x5eed + n);
      const cache = new SectionCache();
      let text = read();
      let model = analyze(text, { cache });
      assertExact(model, text, `${name}, unedited`);
      for (let i = 0; i < edits; i++) {
        const edit = randomEdit(text, model, random);
        text = apply(text, edit);
        model = analyze(text, { cache });
        assertExact(model, text, `${name}, edit ${i + 1} at ${edit.at} (${edit.where}): -${edit.remove} +${JSON.stringify(edit.insert)}`);
      }
    });
  });

  it('limits the windows by clauses that start inside a sentence as reading directly would', () => {
    // Real clauses start at line starts; these start anywhere, so every clause limit is exercised.
    for (const [name, text] of [['seed', seed()], ['en-deadlines-planted.md', fixture('en-deadlines-planted.md')], ['commonpaper-dpa.md', corpus('commonpaper-dpa.md')]]) {
      if (!text) continue;
      const random = rng(text.length);
      const model = analyze(text);
      const starts = [...new Set(Array.from({ length: 400 }, () => Math.floor(random() * text.length)))].sort((a, b) => a - b);
      const clauses = starts.map((start, i) => {
        const end = i + 1 < starts.length && random() < 0.8 ? starts[i + 1] : Math.min(text.length, start + Math.floor(random() * 400));
        const labelEnd = Math.min(end, start + Math.floor(random() * 12));
        return {
          kind: 'clause', key: `x${i}`, id: String(i + 1), labelText: String(i + 1), title: '', children: [], parent: undefined,
          span: { start, end }, headSpan: { start, end: labelEnd }, labelSpan: { start, end: labelEnd }, bodySpan: { start: labelEnd, end },
        };
      });
      const limited = { ...model, clauses } as unknown as DocumentModel;
      const sectioned = extractTimelines(limited);
      assert.deepStrictEqual(facts(limited, sectioned), facts(limited, extractTimelines(limited, { whole: true })), name);
    }
  });

  it('reads again only the section an edit touched', () => {
    const text = seed();
    const cache = new SectionCache();
    void analyze(text, { cache }).timelines; // areas are computed when first read
    const at = text.indexOf('7.2. 您应保证');
    const before = sectionReads.count;
    void analyze(text.slice(0, at) + '7.2. 您必须保证' + text.slice(at + '7.2. 您应保证'.length), { cache }).timelines;
    assert.equal(sectionReads.count - before, 1);
  });

  it('keeps the duration objects of the sections an edit left alone while the outline is the same, and places them again', () => {
    const text = seed();
    const cache = new SectionCache();
    const first = analyze(text, { cache });
    const durations = [...first.durations];
    const at = text.indexOf('\n', Math.floor(text.length / 2));
    const edited = text.slice(0, at) + '补充' + text.slice(at);
    const second = analyze(edited, { cache });
    assert.equal(second.durations.length, durations.length);
    const same = second.durations.filter((d, i) => d === durations[i]).length;
    assert.ok(same >= durations.length - 10, `${same} of ${durations.length} durations kept`);
    assertExact(second, edited, 'after an edit in a body');
  });

  it('a period outside any clause counts from the last anchor outside any clause, across the clauses between them', () => {
    let text = '# 服务协议\n\n自首次欠费之时起，服务商将在24小时后暂停服务。\n\n## 第一部分\n\n1. 付费。您应在3日内付清费用。\n\n## 第二部分\n\n逾期7日的，服务商将删除数据。\n';
    const cache = new SectionCache();
    const deletion = (m: DocumentModel) => m.timelines.flatMap((s) => s.events.filter((e) => e.actionKey === 'delete').map((e) => `${s.trigger}: ${toIso(e.total)}`));
    let model = analyze(text, { cache });
    assert.deepEqual(deletion(model), ['首次欠费: P7D']);
    assert.equal(model.durations.filter((d) => !d.clause).length, 2);
    assertExact(model, text, 'unedited');
    text = text.replace('您应在', '您必须在');
    model = analyze(text, { cache });
    assert.deepEqual(deletion(model), ['首次欠费: P7D'], 'still linked after an edit in the clause between');
    assertExact(model, text, 'after an edit in clause 1');
  });

  it('links again only the clause groups of the section an edit touched, and equals a fresh analysis', () => {
    let text = seed();
    const cache = new SectionCache();
    const cold = groupReads.count;
    const first = analyze(text, { cache });
    void first.timelines; // areas are computed when first read
    const groups = groupReads.count - cold;
    // An edit just after the label of a clause with a deadline (its group has steps to link).
    const clause = first.durations.find((d) => d.clause && d.kind === 'period')!.clause!;
    const at = clause.labelSpan.end;
    const before = groupReads.count;
    text = text.slice(0, at) + '的' + text.slice(at);
    const model = analyze(text, { cache });
    void model.timelines;
    assert.ok(model.timelines.length > 0 && groups > 20, `${groups} groups`);
    const again = groupReads.count - before;
    assert.ok(again >= 1 && again <= 2, `${again} of ${groups} groups read again`);
    assertExact(model, text, 'after an edit inside a clause with a deadline');
  });

  // A paragraph after a blank line starts a section once the section is 4 KB long: one long paragraph, then the case.
  const filler = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} sets out general obligations of the parties in plain words.`).join(' ');
  const longSection = `# Terms\n\n${filler} `;

  it('reads the words after a period in the next section ("prior notice")', () => {
    let text = `${longSection}Either party may end this agreement on 30 days\n\nprior notice to the other party.\n`;
    const cache = new SectionCache();
    let model = analyze(text, { cache, language: 'en' });
    assert.ok(model.sections.length > 1 && model.sections.some((s) => s.start === text.indexOf('prior notice')), 'split before "prior notice"');
    assert.equal(model.durations.find((d) => d.text === '30 days')?.direction, 'before');
    text = text.replace('prior notice', 'further notice');
    model = analyze(text, { cache, language: 'en' });
    assert.equal(model.durations.find((d) => d.text === '30 days')?.direction, 'after');
    assertExact(model, text, 'after editing the next section');
  });

  it('reads a period that runs across a section boundary ("seven\\n\\ndays")', () => {
    const text = `${longSection}The Provider will delete the data within seven\n\ndays after termination.\n`;
    const cache = new SectionCache();
    const model = analyze(text, { cache });
    assert.ok(model.sections.some((s) => s.start === text.indexOf('days after')), 'split inside the period');
    assert.ok(model.durations.some((d) => d.text === 'seven\n\ndays'));
    assertExact(model, text, 'period across sections');
    const edited = text.replace('Sentence 3 ', 'Sentence 33 ');
    assertExact(analyze(edited, { cache }), edited, 'period across sections, edited');
  });

  it('gives an equivalence at the start of a section to the period just before it', () => {
    const text = '# 服务\n\n服务中断超过24小时\n## 7×24即168个小时\n';
    const model = analyze(text);
    assert.ok(model.sections.length > 1, 'split at the heading');
    assert.equal(model.durations.find((d) => d.text === '24小时')?.equivalences.length, 1);
    assertExact(model, text, 'equivalence across sections');
  });
});
