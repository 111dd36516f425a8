import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';
import { corpus, fixture, lineOf, seed, CORPUS_FILES } from '../../helpers/fixtures';

/** "code@line" for each finding of the given codes, in document order. */
function found(text: string, prefix = 'numbering-'): string[] {
  const { model, findings } = lint(text);
  return findings.filter((f) => f.code.startsWith(prefix)).map((f) => `${f.code}@${model.lines.positionAt(f.span.start).line + 1}`);
}

describe('numbering rules', () => {
  it('reports the planted problems of the Chinese fixture exactly, in Chinese', () => {
    const text = fixture('zh-numbering-planted.md');
    assert.deepEqual(found(text), [
      `numbering-gap@${lineOf(text, '1.4. ')}`,
      `numbering-duplicate@${lineOf(text, '2.2. 费用')}`,
      `numbering-order@${lineOf(text, '3.2. ')}`,
      `numbering-parent@${lineOf(text, '5.1. ')}`,
    ]);
    const messages = lint(text).findings.map((f) => f.message);
    assert.ok(messages.includes('编号从 1.2 跳到 1.4，缺少 1.3。'), messages.join('\n'));
  });

  it('reports the planted problems of the English fixture exactly, in English', () => {
    const text = fixture('en-numbering-planted.md');
    assert.deepEqual(found(text), [
      `numbering-gap@${lineOf(text, '### 2.3')}`,
      `numbering-duplicate@${lineOf(text, '3.1 Either')}`,
      `numbering-order@${lineOf(text, '## 4.')}`,
      `numbering-gap@${lineOf(text, '(c) the cap')}`,
    ]);
    assert.ok(lint(text).findings.some((f) => f.message === 'Numbering jumps from 2.1 to 2.3: 2.2 is missing.'));
  });

  it('points the duplicate at the first occurrence', () => {
    const text = fixture('zh-numbering-planted.md');
    const { model, findings } = lint(text);
    const dup = findings.find((f) => f.code === 'numbering-duplicate')!;
    assert.equal(model.lines.positionAt(dup.related![0].span.start).line + 1, lineOf(text, '2.2. 逾期'));
  });

  it('finds nothing wrong in the seed (only the style hint on its undotted "2.1")', () => {
    const text = seed();
    assert.deepEqual(found(text), [`numbering-style@${lineOf(text, '2.1 如果')}`]);
  });

  for (const file of CORPUS_FILES) {
    it(`finds no numbering problem in ${file}`, () => assert.deepEqual(found(corpus(file)), []));
  }

  it('checks nothing in a document that is not an agreement', () => {
    assert.deepEqual(lint(fixture('readme-not-agreement.md')).findings, []);
  });

  it('honours severity settings, including off', () => {
    const text = fixture('zh-numbering-planted.md');
    const { findings } = lint(text, { severity: { 'numbering-gap': 'off', 'numbering-order': 'error' } });
    assert.ok(!findings.some((f) => f.code === 'numbering-gap'));
    assert.equal(findings.find((f) => f.code === 'numbering-order')!.severity, 'error');
  });
});

describe('exact positions with CRLF, a BOM-less client text, CJK and astral characters', () => {
  const base = fixture('zh-numbering-planted.md');
  const variants: [string, string][] = [
    ['CRLF', base.replace(/\n/g, '\r\n')],
    ['astral characters before labels', base.replace(/^# 数据处理服务协议/m, '# 数据处理服务协议 😀𠀀')],
  ];
  for (const [name, text] of variants) {
    it(`${name}: findings stay on the same line and column`, () => {
      const a = lint(base), b = lint(text);
      const pos = (r: typeof a) => r.findings.map((f) => [f.code, r.model.lines.positionAt(f.span.start), r.model.lines.positionAt(f.span.end)]);
      assert.deepEqual(pos(b), pos(a));
    });
  }
  it('a clause label after an astral character has its UTF-16 column', () => {
    const text = '---\nclausewise: agreement\n---\n# 协议\n\n𠀀 见下。\n\n1.1. 甲\n\n1.3. 乙\n';
    const { model, findings } = lint(text);
    const gap = findings.find((f) => f.code === 'numbering-gap')!;
    assert.deepEqual(model.lines.range(gap.span.start, gap.span.end), { start: { line: 9, character: 0 }, end: { line: 9, character: 4 } });
  });
});

describe('numbering messages name the missing item in its own style', () => {
  it('a letter list that skips (k) says (k) is missing, not the roman (xi)', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'l'].map((l) => `(${l}) item ${l};`).join('\n\n');
    const { findings } = lint(`---\nclausewise: agreement\n---\n# Agreement\n\n## 1. Terms\n\n1.1 The parties agree that:\n\n${items}\n`);
    const gap = findings.find((f) => f.code === 'numbering-gap')!;
    assert.match(gap.message, /1\.1\(k\) is missing/);
  });
});
