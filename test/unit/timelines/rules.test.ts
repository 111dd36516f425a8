import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { lint } from '../../../server/src/core/lint';
import { fixture, lineOf, seed, SEED_PATH, corpus, CORPUS_FILES } from '../../helpers/fixtures';

const CODES = /^(deadline-|timeline-)/;
const ALL_ON = { 'deadline-unit-ambiguous': 'hint' as const };

function found(text: string) {
  const { model, findings } = lint(text, { severity: ALL_ON, detection: 'always' });
  return findings.filter((f) => CODES.test(f.code)).map((f) => ({ code: f.code, line: model.lines.positionAt(f.span.start).line + 1, finding: f, text: text.slice(f.span.start, f.span.end) }));
}

describe('timelines: rules on the planted fixtures', () => {
  it('reports exactly the planted Chinese problems', () => {
    const text = fixture('zh-deadlines-planted.md');
    assert.deepEqual(found(text).map(({ code, line }) => `${line} ${code}`), [
      `${lineOf(text, '十五（51）日')} deadline-words-figures`,
      `${lineOf(text, '二十四（42）小时')} deadline-words-figures`,
      `${lineOf(text, '7×24即186')} deadline-arithmetic`,
      `${lineOf(text, '12小时届满')} timeline-order`,
      `${lineOf(text, '10日届满')} timeline-conflict`,
      `${lineOf(text, '8日（7×24')} deadline-arithmetic`,
    ]);
  });

  it('offers quick fixes to either value', () => {
    const text = fixture('zh-deadlines-planted.md');
    const wf = found(text).find((f) => f.code === 'deadline-words-figures')!;
    assert.equal(wf.text, '51');
    assert.deepEqual(wf.finding.fixes!.map((f) => f.edits.map((e) => e.newText).join()), ['15', '五十一']);
    assert.match(wf.finding.fixes![0].title, /十五 \(15\)/);
    const arith = found(text).find((f) => f.code === 'deadline-arithmetic')!;
    assert.equal(arith.text, '186');
    assert.deepEqual(arith.finding.fixes!.map((f) => f.edits[0].newText), ['168']);
    const period = found(text).filter((f) => f.code === 'deadline-arithmetic')[1];
    assert.deepEqual(period.finding.fixes![0].edits.map((e) => e.newText), ['8×24', '192']);
  });

  it('reports exactly the planted English problems', () => {
    const text = fixture('en-deadlines-planted.md');
    assert.deepEqual(found(text).map(({ code, line }) => `${line} ${code}`), [
      `${lineOf(text, 'five (5) days')} timeline-order`,
      `${lineOf(text, 'forty-five (54)')} deadline-words-figures`,
      `${lineOf(text, 'twenty (20) days')} timeline-conflict`,
    ]);
    const wf = found(text).find((f) => f.code === 'deadline-words-figures')!;
    assert.deepEqual(wf.finding.fixes!.map((f) => f.edits[0].newText), ['45', 'fifty-four']);
    // The fix titles quote the words as written (read from the duration's text).
    assert.match(wf.finding.fixes![0].title, /forty-five \(45\)/);
  });

  it('flags plain days only where the document uses both kinds (off by default)', () => {
    const text = '# 协议\n\n1. 审核期为15个工作日。\n\n2. 保留30个自然日。\n\n3. 付款期为10日。\n';
    assert.deepEqual(found(text).map((f) => `${f.line} ${f.code} ${f.text}`), ['7 deadline-unit-ambiguous 10日']);
    const { findings } = lint(text, { detection: 'always' });
    assert.equal(findings.filter((f) => f.code === 'deadline-unit-ambiguous').length, 0);
  });

  it('accepts the seed\'s own equivalences and sequences: nothing on the seed', function () {
    if (!existsSync(SEED_PATH)) this.skip();
    assert.deepEqual(found(seed()), []);
  });

  it('reports nothing on the corpus', () => {
    for (const name of CORPUS_FILES) assert.deepEqual(found(corpus(name)).map((f) => `${name}:${f.line} ${f.code}`), []);
  });
});
