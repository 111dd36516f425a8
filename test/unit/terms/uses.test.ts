import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import fc from 'fast-check';
import { Matcher, fedText, foldPattern, probeFor } from '../../../server/src/core/terms/matcher';
import { buildPatterns, findSectionUses, foldedPatterns, patternsIn, usePatterns } from '../../../server/src/core/terms/uses';
import type { Term } from '../../../server/src/core/terms/types';

const usesOf = (text: string, term: string) => {
  const model = analyze(text);
  return model.terms.byKey.get(term)!.uses.map((u) => text.slice(u.span.start, u.end));
};

describe('defined terms: uses', () => {
  it('matches the longest term first ("Customer Data" before "Customer")', () => {
    const text = '"Customer" means the buyer. "Customer Data" means its data.\n\nThe Customer owns Customer Data.';
    assert.deepEqual(usesOf(text, 'Customer'), ['Customer']);
    assert.deepEqual(usesOf(text, 'Customer Data'), ['Customer Data']);
  });

  it('takes plural and possessive forms, not lower-case words or longer words', () => {
    const text = '"Service" means the platform. "Party" means a signatory.\n\nThe Services, the Service’s uptime and the Parties. Our services and Servicer are not uses.';
    assert.deepEqual(usesOf(text, 'Service'), ['Services', 'Service’s']);
    assert.deepEqual(usesOf(text, 'Party'), ['Parties']);
    const model = analyze(text);
    assert.deepEqual(model.terms.caseMismatches.map((m) => m.text), ['service']); // the span of the term, "s" outside
  });

  it('does not take the tail of a longer name ("European Union" is not a use of "Union")', () => {
    const text = 'Member States of the Union (hereafter “Union”).\n\nThe European Union and the Union.';
    const model = analyze(text);
    const starts = model.terms.byKey.get('Union')!.uses.map((u) => u.span.start);
    assert.equal(starts.length, 1); // the antecedent "the Union" is the name abbreviated, not a use
    assert.ok(starts.every((s) => !text.slice(0, s).endsWith('European ')));
  });

  it('matches Chinese terms without word boundaries, longest first, across a hard line break', () => {
    const text = '阿里云计算有限公司（以下简称“阿里云”）与阿里云网站（以下统称“阿里云网站”）。\n\n阿里云在阿里云网站公布，阿里\n云将通知您。';
    assert.equal(usesOf(text, '阿里云网站').length, 1); // the antecedent is the name abbreviated, not a use
    assert.deepEqual(usesOf(text, '阿里云').slice(-2), ['阿里云', '阿里\n云']);
  });

  it('finds every occurrence of hundreds of terms in one pass over 1 MB', () => {
    const terms = Array.from({ length: 300 }, (_, i) => `Term${String.fromCharCode(65 + (i % 26))}${i} Data`);
    const defs = terms.map((t) => `"${t}" means item ${t.length}.`).join('\n\n');
    const body = Array.from({ length: 8000 }, (_, i) => `Paragraph ${i} refers to ${terms[i % 300]} and the service of ${terms[(i * 7) % 300]}s.`).join('\n\n');
    const text = `${defs}\n\n${body}`;
    const big = `${text}\n\n${body}`;
    assert.ok(big.length > 1_000_000, String(big.length));
    // Speed is measured by `npm run bench`, not asserted here (shared machines are noisy).
    const model = analyze(big);
    assert.equal(model.terms.terms.length, 300);
    assert.equal(model.terms.uses.length, 8000 * 2 * 2);
  });

  it('the matcher reports overlapping patterns with document offsets', () => {
    const m = new Matcher(['ab', 'b', 'abc']);
    assert.deepEqual(m.scan('xabc').map((r) => [r.start, r.end, r.pattern]), [[1, 3, 0], [2, 3, 1], [1, 4, 2]]);
  });

  it('the matcher finds what a naive search of the normalised text finds (random texts and patterns)', () => {
    // The reference: normalise the text as documented (ASCII case, ’, whitespace runs as one
    // space, no space between CJK across a line break, blank lines cut), keep each character's
    // offset, and look for every pattern at every position.
    const naive = (text: string, patterns: string[]) => {
      const found: number[][] = [];
      for (const paragraph of paragraphs(text)) {
        let norm = '';
        const at: number[] = [];
        for (let i = paragraph.start; i < paragraph.end; i++) {
          const ch = text[i];
          if (/\s|\u3000/.test(ch)) {
            let j = i;
            while (j < paragraph.end && /\s|\u3000/.test(text[j])) j++;
            const prev = norm[norm.length - 1];
            if (norm && !(/[\u4e00-\u9fff]/.test(prev ?? '') && /[\u4e00-\u9fff]/.test(text[j] ?? ''))) { norm += ' '; at.push(i); }
            i = j - 1;
            continue;
          }
          norm += /[A-Z]/.test(ch) ? ch.toLowerCase() : ch === '’' ? "'" : ch;
          at.push(i);
        }
        patterns.forEach((p, index) => {
          const folded = p.toLowerCase().replace(/’/g, "'");
          for (let k = norm.indexOf(folded); k >= 0; k = norm.indexOf(folded, k + 1)) found.push([at[k], at[k + folded.length - 1] + 1, index]);
        });
      }
      return found.sort((a, b) => a[1] - b[1] || a[0] - b[0] || a[2] - b[2]);
    };
    const paragraphs = (text: string) => {
      const out: { start: number; end: number }[] = [];
      const blank = /[ \t\r\u3000]*\n(?:[ \t\r\u3000]*\n)+/g;
      let start = 0;
      for (let m; (m = blank.exec(text)); start = m.index + m[0].length) out.push({ start, end: m.index });
      out.push({ start, end: text.length });
      return out;
    };
    let seed = 7;
    // The high bits of the generator: its low bits repeat with a short period.
    const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000) * n);
    const alphabet = ['a', 'b', 'A', 'B', ' ', '\n', '条', '款', '’', "'", '\u3000', '😀'];
    const word = (n: number) => Array.from({ length: n }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const patterns = [...new Set(Array.from({ length: 1 + rnd(5) }, () => word(1 + rnd(4)).replace(/\s+/g, ' ').trim()).filter(Boolean))];
      const text = word(rnd(60));
      const got = new Matcher(patterns).scan(text).map((r) => [r.start, r.end, r.pattern]).sort((a, b) => a[1] - b[1] || a[0] - b[0] || a[2] - b[2]);
      assert.deepEqual(got, naive(text, patterns), JSON.stringify({ text, patterns }));
    }
  });

  describe('picking the patterns a text can hold, without the automaton', () => {
    // Texts and patterns from the characters the matcher reads specially: ASCII case, ’ and ',
    // white space of every kind, line breaks (blank lines end a paragraph), CJK on both sides
    // of a line break, regular-expression syntax, an astral character.
    const alphabet = ['a', 'b', 'A', 'B', ' ', '  ', '\n', '\n\n', '\t', '\u3000', '\u00a0', '条', '款', '’', "'", '.', '(', '*', '\\', '😀'];
    // …and, half the time, only CJK, one letter and white space: hard-wrapped Chinese.
    const wrapped = ['条', '款', '条', '款', ' ', '\n', '\u3000', 'a'];
    const text = fc.oneof(...[alphabet, wrapped].map((chars) => fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join(''))));
    const pattern = fc.oneof(...[alphabet, wrapped].map((chars) => fc.array(fc.constantFrom(...chars.filter((c) => !/\n/.test(c))), { minLength: 1, maxLength: 5 })
      .map((a) => a.join('').replace(/\s+/g, ' ').trim()).filter(Boolean)));

    it('fedText holds a pattern exactly where the automaton finds it', () => {
      let found = 0;
      fc.assert(fc.property(text, pattern, (t, p) => {
        const scanned = new Matcher([p]).scan(t).length > 0;
        if (scanned) found++;
        assert.equal(fedText(t).includes(foldPattern(p)), scanned, JSON.stringify({ t, p }));
      }), { numRuns: 20_000, seed: 3 });
      assert.ok(found > 1000, `only ${found} texts held their pattern`);
    });

    it('the probe matches every text the automaton finds something in', () => {
      let skipped = 0;
      fc.assert(fc.property(text, fc.array(pattern, { minLength: 1, maxLength: 3 }), (t, ps) => {
        const probe = probeFor(ps)!;
        const scanned = new Matcher(ps).scan(t).length > 0;
        if (scanned) assert.ok(probe.test(t), JSON.stringify({ t, ps, probe: probe.source }));
        else if (!probe.test(t)) skipped++;
      }), { numRuns: 20_000, seed: 4 });
      assert.ok(skipped > 5000, `the probe let through all but ${skipped} texts with nothing to find`);
    });

    it("a section's own patterns give the uses the term list's whole automaton gives", () => {
      const terms = ['Customer', 'Customer Data', 'Party', 'Affiliate', 'Service Level', '服务', '服务期限', '数据'].map((key): Term => ({ key, name: key, language: /[a-z]/i.test(key) ? 'en' : 'zh', definitions: [], uses: [] }));
      const all = usePatterns(terms, terms.map((t) => t.language + t.key).join('\u0001'));
      const folded = foldedPatterns(terms);
      assert.equal(folded.patterns.length, buildPatterns(terms).length);
      const words = [' ', '\n', '\n\n', 'the ', 'Customer', 'customer', ' Data', 'Parties', 'Party’s', 'Affiliates', 'Service\nLevel', '服', '务', '\n期限', '数据', '，'];
      fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((a) => a.join('')), (prose) => {
        const own = patternsIn(prose, folded);
        assert.deepEqual(findSectionUses(prose, own, []), findSectionUses(prose, all, []), JSON.stringify(prose));
        assert.ok(own.patterns.length <= all.patterns.length);
      }), { numRuns: 5_000, seed: 5 });
    });
  });
});
