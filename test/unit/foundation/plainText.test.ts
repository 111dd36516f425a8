/**
 * Plain-text agreements (.txt) are read without Markdown: indented paragraphs are text,
 * not code, and indentation nests the items (cc-by-4.0.txt is the real case).
 */
import { strict as assert } from 'node:assert';
import { analyze, SectionCache } from '../../../server/src/core/analyze';
import { lint } from '../../../server/src/core/lint';
import { parsePlainText } from '../../../server/src/core/parse/plainText';
import { clauseName } from '../../../server/src/core/describe';
import type { Clause } from '../../../server/src/core/model';
import { corpus, lineOf, seed, SEED_PATH } from '../../helpers/fixtures';

const CC_BY = 'cc-by-4.0.txt';

describe('plain-text agreements', () => {
  it('paragraphs are runs of non-blank lines, indented or not, with their indentation', () => {
    const text = 'Title\r\n\r\n  a. First\r\n     wrapped\r\n   \r\n       1. Deep\r\n';
    const { blocks } = parsePlainText(text);
    assert.deepEqual(blocks.map((b) => [text.slice(b.start, b.end), b.indent]), [['Title', 0], ['a. First\r\n     wrapped', 2], ['1. Deep', 7]]);
  });

  it('a .txt uri is read as plain text, a .md one as Markdown (where the indented items are code)', () => {
    const text = corpus(CC_BY);
    const asText = analyze(text, { uri: `file:///x/${CC_BY}` });
    const asMarkdown = analyze(text, { uri: 'file:///x/cc-by.md' });
    assert.ok(asText.clauses.some((c) => c.id === '2(a)(1)'));
    assert.ok(!asMarkdown.clauses.some((c) => c.id === '2(a)(1)'));
    assert.ok(analyze(text, { format: 'text' }).clauses.some((c) => c.id === '2(a)(1)'));
  });

  it('an edit that puts Markdown into the head of a .txt file switches it to Markdown, and back', () => {
    const text = corpus(CC_BY);
    const uri = `file:///x/${CC_BY}`;
    const cache = new SectionCache();
    const ids = (m: { clauses: Clause[] }) => m.clauses.map((c) => c.id);
    assert.ok(analyze(text, { uri, cache }).clauses.some((c) => c.id === '2(a)(1)'));
    const marked = '# Attribution 4.0\n\n' + text;
    const asMarkdown = analyze(marked, { uri, cache });
    assert.deepEqual(ids(asMarkdown), ids(analyze(marked, { uri })));
    assert.ok(!asMarkdown.clauses.some((c) => c.id === '2(a)(1)'));
    const back = analyze(text, { uri, cache });
    assert.ok(back.clauses.some((c) => c.id === '2(a)(1)'));
    assert.deepEqual(ids(back), ids(analyze(text, { uri })));
  });

  it('indentation made of en or ideographic spaces nests like indentation made of spaces', () => {
    const shape = (indent: string) => analyze(`Section 1 -- Scope.\n\n${indent}a. First.\n\n${indent}b. Second.\n\nSection 2 -- Terms.\n`, { format: 'text' })
      .clauses.map((c) => [c.id, c.parent?.kind === 'clause' ? (c.parent as Clause).id : '']);
    const expected = shape('    ');
    assert.deepEqual(expected, [['1', ''], ['1(a)', '1'], ['1(b)', '1'], ['2', '']]);
    assert.deepEqual(shape('\u2002\u2002\u2002\u2002'), expected);
    assert.deepEqual(shape('\u3000\u3000'), expected);
  });

  it('a .txt file with Markdown in it (the seed agreement) is read as Markdown', () => {
    const model = analyze(seed(), { uri: SEED_PATH });
    assert.ok(model.containers.some((c) => c.title === '专用服务条款'));
    assert.deepEqual(model.clauses.map((c) => c.id), analyze(seed()).clauses.map((c) => c.id));
  });

  it('cc-by-4.0.txt: indentation nests Section 2 › a. › 1. › a., and right-aligned i.–v. are siblings', () => {
    const text = corpus(CC_BY);
    const model = analyze(text, { uri: CC_BY });
    const byId = new Map(model.clauses.map((c) => [c.id, c]));
    const parentId = (id: string) => (byId.get(id)?.parent as Clause | undefined)?.id;
    assert.equal(parentId('2(a)(1)(a)'), '2(a)(1)');
    assert.equal(parentId('2(a)(1)'), '2(a)');
    assert.equal(parentId('2(a)'), '2');
    assert.equal(parentId('2(a)(5)(b)'), '2(a)(5)');
    assert.deepEqual(byId.get('3(a)(1)(a)')!.children.map((c) => (c as Clause).id), ['3(a)(1)(a)(i)', '3(a)(1)(a)(ii)', '3(a)(1)(a)(iii)', '3(a)(1)(a)(iv)', '3(a)(1)(a)(v)']);
    assert.deepEqual(model.clauses.filter((c) => c.parent === byId.get('2(a)')).map((c) => c.id), ['2(a)(1)', '2(a)(2)', '2(a)(3)', '2(a)(4)', '2(a)(5)', '2(a)(6)']);
    // "… this Section 2(a)\n(4) never produces …" continues a citation: not an item.
    assert.ok(!byId.has('2(a)(4)(4)'));
    assert.equal(byId.get('1')!.title, 'Definitions');
    assert.equal(clauseName(byId.get('2(a)(1)')!), '2(a)(1)', 'a nested number is named by its full id');
    // …while a Chinese item keeps its written label in the outline.
    const zhItem = analyze(corpus('民法典-合同编.md')).clauses.find((c) => c.id === '470(1)')!;
    assert.equal(clauseName(zhItem), '（一）');
    assert.equal(byId.get('2(a)(1)')!.headSpan.start, text.indexOf('1. Subject to the terms'));
    assert.equal(model.lines.positionAt(byId.get('3(a)(1)(a)(iv)')!.labelSpan.start).line + 1, lineOf(text, 'iv. a notice'));
  });

  it('cc-by-4.0.txt: its citations resolve ("Section 3(a)(1)(A)" is its item a.), no structure or reference findings', () => {
    const text = corpus(CC_BY);
    const { model, findings } = lint(text, { uri: CC_BY });
    const written = (r: { span: { start: number; end: number } }) => text.slice(r.span.start, r.span.end);
    const targetOf = (citation: string) => (model.references.find((r) => written(r).endsWith(citation))?.target as Clause | undefined)?.id;
    assert.equal(targetOf('3(a)(1)(A)(i)'), '3(a)(1)(a)(i)');
    assert.equal(targetOf('2(a)(1)'), '2(a)(1)');
    // What remains are hints: the preamble's generic lower-case "public license" / "licensed material".
    assert.deepEqual([...new Set(findings.map((f) => f.code))], ['term-case']);
    assert.ok(findings.every((f) => f.severity === 'hint'));
  });

  it('sectioned analysis equals analysing the whole text at once', () => {
    const text = corpus(CC_BY);
    const shape = (m: ReturnType<typeof analyze>) => m.clauses.map((c) => [c.id, c.span.start, c.span.end, (c.parent as Clause | undefined)?.id]);
    assert.deepEqual(shape(analyze(text, { uri: CC_BY })), shape(analyze(text, { uri: CC_BY, wholeDocument: true })));
  });
});
