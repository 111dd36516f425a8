import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import { lint } from '../../../server/src/core/lint';
import { clauseSummary } from '../../../server/src/core/describe';
import type { Clause, DocumentModel, OutlineNode } from '../../../server/src/core/model';
import { corpus, fixture, seed, CORPUS_FILES } from '../../helpers/fixtures';

/** The path of titles/ids from the root to a node: ["通用服务条款", "3", "3.2", "3.2.1"]. */
function pathOf(node: OutlineNode): string[] {
  const out: string[] = [];
  for (let n: OutlineNode | undefined = node; n && n.kind !== 'root'; n = n.parent) out.unshift(n.kind === 'clause' ? (n as Clause).id : n.title);
  return out;
}
function clause(model: DocumentModel, part: string, id: string): Clause {
  const found = model.clauses.filter((c) => c.id === id && c.part.title === part);
  assert.equal(found.length, 1, `exactly one clause ${id} in part ${part}, found ${found.length}`);
  return found[0];
}

describe('outline: the seed agreement', () => {
  const model = analyze(seed());

  it('has both parts, with numbering restarting in the second', () => {
    const titles = model.parts.map((p) => p.title);
    assert.ok(titles.includes('通用服务条款') && titles.includes('专用服务条款'), titles.join(', '));
    const general = model.clauses.filter((c) => c.part.title === '通用服务条款' && c.parent?.kind === 'container').map((c) => c.id);
    const special = model.clauses.filter((c) => c.part.title === '专用服务条款' && c.parent?.kind === 'container').map((c) => c.id);
    assert.deepEqual(general, Array.from({ length: 14 }, (_, i) => String(i + 1)));
    assert.deepEqual(special, Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('nests clauses by number whatever their heading level', () => {
    assert.deepEqual(pathOf(clause(model, '通用服务条款', '3.2.1')), ['通用服务条款', '3', '3.2', '3.2.1']);
    assert.deepEqual(pathOf(clause(model, '专用服务条款', '11.1')), ['专用服务条款', '11', '11.1']);
    // "#### 4." after "### 3." and "## 5." after "#### 4." are siblings.
    const four = clause(model, '通用服务条款', '4'), five = clause(model, '通用服务条款', '5');
    assert.equal(four.parent, five.parent);
    assert.equal(clause(model, '专用服务条款', '2.1').labelText, '2.1'); // no trailing dot
    assert.equal(clause(model, '专用服务条款', '1').title, '日志服务'); // 【bracketed】 title
  });

  it('ends each clause where the next one starts', () => {
    const a = clause(model, '通用服务条款', '3.2.1'), b = clause(model, '通用服务条款', '3.2.2');
    assert.ok(a.span.end < b.span.start);
    assert.ok(model.text.slice(a.span.start, a.span.end).startsWith('3.2.1.'));
  });
});

describe('outline: 民法典合同编', () => {
  const model = analyze(corpus('民法典-合同编.md'));
  const articles = model.clauses.filter((c) => c.style === 'article');

  it('finds all 526 articles, 第四百六十三条 … 第九百八十八条, in order', () => {
    assert.equal(articles.length, 526);
    assert.deepEqual(articles.map((a) => a.ordinal), Array.from({ length: 526 }, (_, i) => 463 + i));
  });

  it('puts every article under its chapter (and section where there is one)', () => {
    for (const a of articles) {
      const chain = pathOf(a);
      assert.ok(chain.some((t) => /^第.+章/.test(t)), `${a.labelText} is under a chapter: ${chain.join(' › ')}`);
    }
    const art = articles.find((a) => a.ordinal === 470)!;
    assert.match(art.parent!.title, /^第二章/);
    assert.equal(art.children.length, 8); // （一）…（八）
    assert.equal((art.children[7] as Clause).id, '470(8)');
  });

  it('reads divisions whose headings use U+2002 spaces', () => {
    const titles = model.containers.map((c) => c.title);
    assert.ok(titles.includes('第一分编 通则'), titles.slice(0, 5).join(' | '));
  });
});

describe('outline: English agreements of the corpus', () => {
  it('commonpaper-csa: numbers implied by nested list positions', () => {
    const model = analyze(corpus('commonpaper-csa.md'));
    const ids = new Set(model.clauses.map((c) => c.id));
    // 5.6(b) follows a line that ends listing "Sections … 13": a lettered line item all the same.
    for (const id of ['1', '1.1', '8.1', '8.1(a)', '8.1(b)', '10', '12.3', '5.6(a)', '5.6(b)']) assert.ok(ids.has(id), `has ${id}`);
    assert.equal(model.clauses.find((c) => c.id === '8.1')!.title, 'Liability Caps');
  });

  it('github-terms-of-service: lettered sections holding numbered ones (D.4)', () => {
    const model = analyze(corpus('github-terms-of-service.md'));
    const d4 = model.clauses.find((c) => c.id === 'D.4')!;
    assert.equal(d4.title, 'License Grant to Us');
    assert.equal((d4.parent as Clause).id, 'D');
  });

  it('secret-scanning: headings and numbered paragraphs mixed (4.1 under 4), bold (a) items', () => {
    const model = analyze(corpus('github-secret-scanning-partner-program-agreement.md'));
    const c41 = model.clauses.find((c) => c.id === '4.1')!;
    assert.equal(c41.source, 'paragraph');
    assert.equal((c41.parent as Clause).id, '4');
    assert.equal(model.clauses.find((c) => c.id === '2.2(a)')!.title, 'Grant');
    assert.ok(model.clauses.some((c) => c.id === '16.3'));
  });

  it('data protection agreement: Clause 1–18 across SECTION divisions, UK clauses in their annex', () => {
    const model = analyze(corpus('github-data-protection-agreement-2023.md'));
    const eu = model.clauses.filter((c) => c.style === 'clauseWord' && c.label.values.length === 1 && /Controller to Processor/.test(c.part.title));
    assert.deepEqual(eu.map((c) => c.ordinal), Array.from({ length: 18 }, (_, i) => i + 1));
    assert.ok(model.containers.some((c) => c.division === 'section' && c.title.startsWith('SECTION II')));
  });

  it('cc-by-4.0 (plain text): "Section 1 -- Definitions." and a. b. items', () => {
    const model = analyze(corpus('cc-by-4.0.txt'));
    const s1 = model.clauses.find((c) => c.id === '1')!;
    assert.equal(s1.title, 'Definitions');
    assert.ok(model.clauses.some((c) => c.id === '1(k)'));
  });

  it('every corpus file is recognised as an agreement, and its outline nests without cycles', () => {
    for (const file of CORPUS_FILES) {
      const model = analyze(corpus(file));
      assert.ok(model.agreement.isAgreement, `${file}: ${model.agreement.reason}`);
      for (const c of model.clauses) {
        assert.ok(c.span.start <= c.labelSpan.start && c.labelSpan.end <= c.span.end + 1, `${file} ${c.id} label inside its span`);
        for (let p = c.parent, depth = 0; p; p = p.parent, depth++) assert.ok(depth < 50);
      }
    }
  });
});

describe('outline: a numbered list split by clause paragraphs', () => {
  // Markdown starts "2." after the paragraphs as a new list; it continues "1.", not "1.2".
  it('keeps "2." a sibling of "1." (en and zh), so "Section 2" resolves to it', () => {
    const en = '# Services Agreement\n\n1. Definitions\n\n1.1 "Fee" means the fee.\n\n1.2 "Term" means one year.\n\n2. Services\n\n2.1 The Provider provides the services described in Section 2 for the Term.\n';
    const model = analyze(en);
    const path = (c: Clause) => pathOf(c).slice(1).join(' > '); // under the title heading
    assert.deepEqual(model.clauses.map(path), ['1', '1 > 1.1', '1 > 1.2', '2', '2 > 2.1']);
    const ref = model.references.find((r) => r.id === '2')!;
    assert.equal(ref.status, 'resolved');
    assert.equal((ref.target as Clause).id, '2');
    const zh = '# 服务协议\n\n1. 定义\n\n1.1 “服务”是指云存储服务。\n\n2. 服务内容\n\n2.1 服务商提供服务。\n';
    assert.deepEqual(analyze(zh).clauses.map(path), ['1', '1 > 1.1', '2', '2 > 2.1']);
  });

  it('a list indented inside an item stays nested under it, paragraphs between its items or not', () => {
    const text = '# Agreement\n\n1. Scope\n\n    1. first step\n\n    Some words.\n\n    2. second step\n\n2. Fees\n';
    assert.deepEqual(analyze(text).clauses.map((c) => pathOf(c).slice(1).join(' > ')), ['1', '1 > 1.1', '1 > 1.2', '2']);
  });
});

describe('agreement detection', () => {
  it('an ordinary README with a numbered list is not an agreement', () => {
    const model = analyze(fixture('readme-not-agreement.md'));
    assert.equal(model.agreement.isAgreement, false);
  });
  it('front matter can declare a document an agreement, or not', () => {
    assert.equal(analyze('---\nclausewise: agreement\n---\n# Notes\n').agreement.isAgreement, true);
    assert.equal(analyze('---\nclausewise: false\n---\n' + fixture('zh-numbering-planted.md')).agreement.isAgreement, false);
  });
  it('detects the language', () => {
    assert.equal(analyze(seed()).language, 'zh');
    assert.equal(analyze(corpus('github-terms-of-service.zh-CN.md')).language, 'zh');
    assert.equal(analyze(corpus('commonpaper-csa.md')).language, 'en');
  });
});

describe('outline: annexes and schedules', () => {
  it('an annex whose clause headings sit at its own heading level keeps them (and numbers them afresh)', () => {
    const text = ['# 协议', '## 通用条款', '### 1. 定义', '1.1. 见第1.2条。', '1.2. 其他。', '## 附件1 细则', '## 1. 范围', '1.1. 见第1.2条。', '1.2. 其他。', '## 附件2 细则', '## 1. 范围', '1.1. 见第1.2条。', '1.2. 其他。'].join('\n\n');
    const model = analyze(text);
    const parts = model.clauses.filter((c) => c.id === '1.2').map((c) => c.part.title);
    assert.deepEqual(parts, ['通用条款', '附件1 细则', '附件2 细则']);
    const { findings } = lint(text);
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code), []);
  });

  it('summarises each clause from its own text, not from another with an equal label (labels are shared objects)', () => {
    const a = analyze('1. 甲方应按时付款。\n2. 乙方应按时交付。\n');
    // Bodies of the same lengths: the kept summary is checked against the length and the title.
    const b = analyze('1. 乙方应及时验收。\n2. 争议提交仲裁委。\n');
    assert.equal(a.clauses[0].label, b.clauses[0].label, 'equal labels are one object');
    assert.deepEqual(a.clauses.map((c) => clauseSummary(a, c)), ['甲方应按时付款。', '乙方应按时交付。']);
    assert.deepEqual(b.clauses.map((c) => clauseSummary(b, c)), ['乙方应及时验收。', '争议提交仲裁委。']);
  });
});
