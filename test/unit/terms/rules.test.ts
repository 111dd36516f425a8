import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import { check } from '../../../server/src/core/check';
import { CORPUS_FILES, corpus, fixture, lineOf, seed } from '../../helpers/fixtures';

const termFindings = (text: string) => {
  const model = analyze(text);
  return check(model).filter((f) => f.code.startsWith('term-')).map((f) => ({ code: f.code, line: model.lines.positionAt(f.span.start).line + 1, severity: f.severity, text: text.slice(f.span.start, f.span.end) }));
};

describe('defined terms: rules on planted fixtures', () => {
  it('reports exactly the planted problems of en-terms-planted.md', () => {
    const text = fixture('en-terms-planted.md');
    assert.deepEqual(termFindings(text).map(({ code, line, text: t }) => [code, line, t]), [
      ['term-unused', lineOf(text, '"Service Credits" means'), 'Service Credits'],
      ['term-before-definition', lineOf(text, 'from the Launch Date'), 'Launch Date'],
      ['term-undefined', lineOf(text, 'comply with the Acceptable Use Rules'), 'Acceptable Use Rules'],
      ['term-case', lineOf(text, 'sell customer data'), 'customer data'],
      ['term-duplicate', lineOf(text, '"Confidential Information" also means'), 'Confidential Information'],
    ]);
  });

  it('reports exactly the planted problems of zh-terms-planted.md', () => {
    const text = fixture('zh-terms-planted.md');
    assert.deepEqual(termFindings(text).map(({ code, line, text: t }) => [code, line, t]), [
      ['term-before-definition', lineOf(text, '按照云帆的要求'), '云帆'],
      ['term-unused', lineOf(text, '“服务等级”是指'), '服务等级'],
      ['term-undefined', lineOf(text, '用户应遵守“数据安全规范”'), '数据安全规范'],
      ['term-duplicate', lineOf(text, '“工作日”是指除周六'), '工作日'],
    ]);
  });

  it('speaks the document language', () => {
    const model = analyze(fixture('zh-terms-planted.md'));
    const unused = check(model).find((f) => f.code === 'term-unused')!;
    assert.equal(unused.message, '“服务等级”已定义但从未使用。');
  });

  it('counts a mention the prose view hides (code, markup), also hard-wrapped, as a use', () => {
    const base = fixture('en-terms-planted.md') + '\n\n';
    const unused = (text: string) => termFindings(text).filter((f) => f.code === 'term-unused').map((f) => f.text);
    assert.deepEqual(unused(base), ['Service Credits']);
    assert.deepEqual(unused(base + '```\nclaim(Service Credits)\n```\n'), [], 'in a code block');
    assert.deepEqual(unused(base + '```\nclaim(Service\n   Credits)\n```\n'), [], 'hard-wrapped in a code block');
    assert.deepEqual(unused(base + '<!-- see Service Credits -->\n'), [], 'in an HTML comment');
    assert.deepEqual(unused(base + '```\nclaim(Service)\n```\n'), ['Service Credits'], 'only the whole term counts');
  });

  it('never warns louder than a warning; weaker signals are information and hints', () => {
    const all = [...termFindings(fixture('en-terms-planted.md')), ...termFindings(fixture('zh-terms-planted.md'))];
    assert.ok(all.every((f) => f.severity !== 'error'));
    assert.ok(all.filter((f) => f.code === 'term-undefined' || f.code === 'term-before-definition').every((f) => f.severity === 'information'));
    assert.ok(all.filter((f) => f.code === 'term-case').every((f) => f.severity === 'hint'));
  });
});

describe('defined terms: rules on the seed and the corpus (measured)', () => {
  /**
   * Every term-* finding on real documents, checked by hand (hints of term-case excluded).
   * All are true positives except the one term-undefined noted below.
   */
  const EXPECTED: Record<string, string[]> = {
    // "Notice Address" is a Key Terms variable the CSA forgot to mark up as one: undefined in this
    // document, defined on the Cover Page. Counted as the corpus' one term-undefined false positive.
    'commonpaper-csa.md': ['term-undefined Notice Address'],
    // Defined together with "EEA" ("European Economic Area" or "EEA"), only "EEA" is used.
    'commonpaper-dpa.md': ['term-unused European Economic Area'],
    // "the Cover Page" in the first sentence precedes “Cover Page” later in the same paragraph.
    'commonpaper-mutual-nda.md': ['term-before-definition Cover Page'],
    // The DPA bundles several instruments: sections use "Security Incident"/"Processed Data" before
    // their definitions; the EU SCCs say "these Clauses" before the UK SCCs define "Clauses"; the
    // attachments redefine "GitHub", "Relevant Disclosure", "Addendum" and "Standard Contractual Clauses".
    'github-data-protection-agreement-2023.md': [
      'term-before-definition Security Incident', 'term-before-definition Processed Data', 'term-before-definition Clauses',
      'term-duplicate GitHub', 'term-duplicate Relevant Disclosure', 'term-duplicate Standard Contractual Clauses', 'term-duplicate Addendum',
    ],
    // "Affiliate" is defined and then only written "affiliate".
    'github-secret-scanning-partner-program-agreement.md': ['term-unused Affiliate'],
    // (the “Purpose”) is defined in the Beta Previews section and never used capitalised.
    'github-terms-of-service.md': ['term-unused Purpose'],
    // 机密信息 appears in §E before （统称为“机密信息”） in §H.
    'github-terms-of-service.zh-CN.md': ['term-before-definition 机密信息'],
    'cc-by-4.0.txt': [],
    '民法典-合同编.md': [],
  };
  for (const file of CORPUS_FILES) {
    it(`${file}: only the known findings`, () => {
      const got = termFindings(corpus(file)).filter((f) => f.code !== 'term-case').map((f) => `${f.code} ${f.text}`);
      assert.deepEqual(got.sort(), [...EXPECTED[file]].sort());
    });
  }

  it('term-undefined: 1 false positive in the whole corpus', () => {
    const count = CORPUS_FILES.flatMap((f) => termFindings(corpus(f))).filter((f) => f.code === 'term-undefined').length;
    assert.equal(count, 1);
  });

  it('the seed: terms used before their definitions (the legal notice and early clauses), one finding per term', () => {
    const got = termFindings(seed()).map((f) => `${f.code} ${f.text}`);
    assert.deepEqual(got, [
      'term-before-definition 阿里云', 'term-before-definition 阿里云网站', 'term-before-definition 保密信息',
      'term-before-definition 操作指引', 'term-before-definition 不可抗力', 'term-before-definition 意外事件',
    ]);
  });
});
