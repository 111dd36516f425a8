import { strict as assert } from 'node:assert';
import { matchLabel, type LabelContext } from '../../../server/src/core/lang/labels';
import { parseChineseNumeral, parseRoman } from '../../../server/src/core/lang/numerals';

describe('clause labels (lang/labels.ts)', () => {
  const cases: [string, LabelContext, string | undefined, number[] | undefined, string?][] = [
    ['3.2.1. 在您付费之后', 'paragraph', 'decimal', [3, 2, 1]],
    ['2.1 如果您在欠费后', 'paragraph', 'decimal', [2, 1]],
    ['1.帐户控制', 'heading', 'decimal', [1]],
    ['1 阿里云产品服务协议', 'heading', 'decimal', [1]],
    ['第四百六十三条　本编调整', 'paragraph', 'article', [463]],
    ['第9条 详见', 'paragraph', 'article', [9]],
    ['第一分编  通则', 'heading', 'decimal', [1], 'subbook'],
    ['第二章 合同的订立', 'heading', 'decimal', [2], 'chapter'],
    ['一、总则', 'paragraph', 'cnEnum', [1]],
    ['（十二）其他', 'paragraph', 'cnParen', [12]],
    ['（3）限制使用', 'line', 'numParen', [3]],
    ['(b) Grant.', 'paragraph', 'alphaParen', [2]],
    ['(iv) the', 'line', 'romanParen', [4]],
    ['Section 4 Term', 'heading', 'decimal', [4]],
    ['Section 1 -- Definitions.', 'paragraph', 'decimal', [1]],
    ['Clause 8: Cooperation', 'heading', 'clauseWord', [8]],
    ['SECTION II – OBLIGATIONS', 'heading', 'decimal', [2], 'section'],
    ['ANNEX I', 'heading', 'decimal', [1], 'annex'],
    ['A. Definitions', 'heading', 'upperAlpha', [1]],
    ['a. Adapted Material', 'paragraph', 'alphaDot', [1]],
  ];
  for (const [text, context, style, values, division] of cases) {
    it(`${context}: ${text}`, () => {
      const label = matchLabel(text, context);
      assert.equal(label?.style, style);
      assert.deepEqual(label?.values, values);
      assert.equal(label?.division, division);
    });
  }

  const prose: [string, LabelContext][] = [
    ['Section 15.2 does not apply to:', 'paragraph'],
    ['1.5 million users', 'paragraph'],
    ['12.5% of the fees', 'paragraph'],
    ['2020.04.02 版本', 'paragraph'],
    ['1 阿里云产品服务协议', 'paragraph'],
    ['30 days after notice', 'paragraph'],
  ];
  for (const [text, context] of prose) {
    it(`is prose, not a label: ${text}`, () => assert.equal(matchLabel(text, context), undefined));
  }

  it('decodes Chinese and roman numerals', () => {
    assert.equal(parseChineseNumeral('九百八十八'), 988);
    assert.equal(parseChineseNumeral('一百零三'), 103);
    assert.equal(parseChineseNumeral('两'), 2);
    assert.equal(parseChineseNumeral('abc'), undefined);
    assert.equal(parseRoman('xiv'), 14);
    assert.equal(parseRoman('iiii'), undefined);
  });
});
