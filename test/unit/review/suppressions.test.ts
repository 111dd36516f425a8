import { strict as assert } from 'node:assert';
import { lint } from '../../../server/src/core/lint';
import { findSuppressions, suppressionEdit } from '../../../server/src/core/suppressions';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { fixture, lineOf } from '../../helpers/fixtures';
import { rng } from '../../helpers/edits';

const codesAt = (text: string) => {
  const { model, findings } = lint(text);
  return findings.map((f) => `${f.code}@${model.lines.positionAt(f.span.start).line + 1}`);
};

describe('suppression comments', () => {
  const base = fixture('zh-numbering-planted.md');

  it('disable-next-line hides one rule on the next line only', () => {
    const text = base.replace('1.4. ', '<!-- clausewise-disable-next-line numbering-gap -->\n1.4. ');
    assert.ok(!codesAt(text).includes(`numbering-gap@${lineOf(text, '1.4. ')}`));
    assert.ok(codesAt(text).includes(`numbering-duplicate@${lineOf(text, '2.2. 费用')}`));
  });

  it('disable … enable hides a range; without codes it hides every rule', () => {
    const text = base.replace('### 2. 费用', '<!-- clausewise-disable -->\n### 2. 费用').replace('### 3. 保密', '<!-- clausewise-enable -->\n### 3. 保密');
    const codes = codesAt(text);
    assert.ok(!codes.some((c) => c.startsWith('numbering-duplicate')));
    assert.ok(codes.includes(`numbering-order@${lineOf(text, '3.2. ')}`));
  });

  it('disable-line and disable-file', () => {
    const line = base.replace('1.4. 服务商可根据技术发展升级服务。', '1.4. 服务商可根据技术发展升级服务。 <!-- clausewise-disable-line numbering-gap -->');
    assert.ok(!codesAt(line).some((c) => c.startsWith('numbering-gap')));
    const file = '<!-- clausewise-disable-file numbering-parent numbering-order -->\n' + base;
    assert.deepEqual(codesAt(file).map((c) => c.split('@')[0]), ['numbering-gap', 'numbering-duplicate']);
  });

  it('reports a suppression that suppresses nothing, as a hint', () => {
    const text = '<!-- clausewise-disable-next-line numbering-gap -->\n' + base;
    const { findings } = lint(text);
    const unused = findings.find((f) => f.code === 'suppression-unused')!;
    assert.equal(unused.severity, 'hint');
    assert.equal(unused.span.start, 0);
  });

  it('finds the comments a regular expression over the whole text finds (random texts)', () => {
    // The reading findSuppressions replaced: the same comments, spans, codes and lines.
    const OPENING = /<!--\s{0,20}clausewise-(disable-next-line|disable-line|disable-file|disable|enable)\b/g;
    const reference = (text: string, lines: LineIndex) => [...text.matchAll(OPENING)].flatMap((m) => {
      const close = text.indexOf('-->', m.index + m[0].length);
      if (close < 0 || close - m.index > 600) return [];
      const codes = text.slice(m.index + m[0].length, close).split(/[\s,]+/).filter((c) => /^[a-z][a-z-]{1,40}$/.test(c));
      return [{ kind: m[1], codes, span: { start: m.index, end: close + 3 }, line: lines.lineAt(m.index), used: false }];
    });
    const pieces = ['<!--', '<!-- ', '-->', 'clausewise-', 'clausewise-disable', 'clausewise-disable-line', 'clausewise-enable', 'clausewise-disablex',
      'disable-next-line', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', ' '.repeat(19), ' '.repeat(21), 'term-unused', ',', '第1条', '🙂', 'x', '<!--<!--', '- ',
      '<!-- clausewise-disable-next-line term-unused -->', `<!--${' '.repeat(20)}clausewise-enable -->`, '<!--\n\nclausewise-disable-file -->', '<!--clausewise-disable-line', `<!--${' '.repeat(21)}clausewise-disable -->`];
    const random = rng(4211);
    let found = 0;
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const lines = new LineIndex(text);
      const expected = reference(text, lines);
      found += expected.length;
      assert.deepEqual(findSuppressions(text, lines), expected, JSON.stringify(text));
    }
    assert.ok(found > 50, `the generator makes comments (${found})`);
  });

  it('the quick fix edit appends a comment to the line, or extends an existing one', () => {
    const text = base;
    const { model, findings } = lint(text);
    const gap = findings.find((f) => f.code === 'numbering-gap')!;
    const edit = suppressionEdit(text, model.lines, gap.span.start, 'numbering-gap');
    const fixed = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
    assert.ok(!codesAt(fixed).some((c) => c.startsWith('numbering-gap')));
    assert.equal(fixed.replace(' <!-- clausewise-disable-line numbering-gap -->', ''), text); // nothing else changed
    const again = suppressionEdit(fixed, lint(fixed).model.lines, gap.span.start, 'numbering-order');
    assert.equal(again.newText, 'numbering-order ');
  });
});

describe('fix all (source action and clausewise check --fix)', () => {
  it('--fix applies the preferred fixes, changes nothing else, and reports what remains', () => {
    const { mkdtempSync, writeFileSync, readFileSync } = require('node:fs') as typeof import('node:fs');
    const { join } = require('node:path') as typeof import('node:path');
    const { main } = require('../../../server/src/cli/main') as typeof import('../../../server/src/cli/main');
    const dir = mkdtempSync(join(require('node:os').tmpdir(), 'cw-fix-'));
    const file = join(dir, 'a.md');
    const before = fixture('zh-cloud-storage-agreement.md');
    writeFileSync(file, before);
    let out = '';
    main(['check', file, '--fix'], (s) => { out += s; }, () => undefined);
    const after = readFileSync(file, 'utf8');
    assert.match(out, /1 fix applied/);
    assert.doesNotMatch(out, /numbering-style/);
    assert.equal(after, before.replace('\n2.1 如果', '\n2.1. 如果'));
  });
});
