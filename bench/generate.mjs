/**
 * Deterministic generator of large mixed Chinese/English agreements for `npm run bench`.
 * Same size and seed → byte-identical text. All wording is our own.
 *
 * What a generated agreement contains (so every analysis path is exercised):
 * - a title, parties with defined short names （以下简称“甲方”）, recitals;
 * - a definitions article ("X" means … / “X”是指…);
 * - parts whose numbering restarts: 通用条款 General Terms (### 1. headings),
 *   专用条款 Special Terms (### 第1条 headings), then schedules / 附件 (## Schedule N, ## 附件N);
 * - clause headings at mixed levels (## / ### / ####, hierarchy by number), paragraph
 *   clauses "3.2.1. …", nested ordered Markdown lists, (a)/(i) and （一） items;
 * - references (第7.2条, 第3.1条至第3.3条, Section 8.1(a), Sections 4.2 and 4.3);
 * - deadlines (7日（7×24即168个小时）, thirty (30) days, 十五（15）个工作日) and chained
 *   billing deadlines (invoice date → due date → suspension);
 * - now and then a reference to a clause that does not exist, so diagnostics are not empty.
 *
 * Usage: node bench/generate.mjs [outDir] [sizes]   e.g. node bench/generate.mjs bench/inputs 100k,1m,5m
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIZES = { '100k': 100 * 1024, '1m': 1024 * 1024, '5m': 5 * 1024 * 1024 };

/** mulberry32: small, fast, deterministic (the bench and the tests share this one). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN_DIGITS = '零一二三四五六七八九';
function cnNumber(n) {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return CN_DIGITS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + CN_DIGITS[rest] : rest < 20 ? '一' + cnNumber(rest) : cnNumber(rest));
  }
  return String(n);
}
const EN_NUM = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
function enNumber(n) {
  if (n <= 20) return EN_NUM[n];
  const tens = { 30: 'thirty', 40: 'forty', 45: 'forty-five', 60: 'sixty', 90: 'ninety', 120: 'one hundred and twenty', 180: 'one hundred and eighty' };
  return tens[n] ?? String(n);
}
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

// ---- word banks (our own wording) ------------------------------------------------

const ZH_PARTIES = ['甲方', '乙方', '服务商', '委托方', '数据处理方'];
const EN_PARTIES = ['the Customer', 'the Supplier', 'the Processor', 'the Licensor', 'each Party'];

const TERMS = [
  { zh: '平台服务', en: 'Platform Services' }, { zh: '交付成果', en: 'Deliverables' }, { zh: '保密资料', en: 'Confidential Materials' },
  { zh: '个人数据', en: 'Personal Data' }, { zh: '服务期限', en: 'Service Term' }, { zh: '验收标准', en: 'Acceptance Criteria' },
  { zh: '关联方', en: 'Affiliate' }, { zh: '知识产权', en: 'Intellectual Property Rights' }, { zh: '服务费用', en: 'Service Fees' },
  { zh: '变更请求', en: 'Change Request' }, { zh: '安全事件', en: 'Security Incident' }, { zh: '分包商', en: 'Subcontractor' },
  { zh: '工作说明书', en: 'Statement of Work' }, { zh: '服务水平', en: 'Service Levels' }, { zh: '不可抗力事件', en: 'Force Majeure Event' },
  { zh: '客户数据', en: 'Customer Data' }, { zh: '第三方组件', en: 'Third-Party Components' }, { zh: '生效日', en: 'Effective Date' },
  { zh: '工作日', en: 'Business Day' }, { zh: '审计方', en: 'Auditor' }, { zh: '适用法律', en: 'Applicable Law' },
  { zh: '终止通知', en: 'Termination Notice' }, { zh: '托管材料', en: 'Escrow Materials' }, { zh: '里程碑', en: 'Milestone' },
];

const ZH_TITLES = ['服务范围', '交付与验收', '费用与支付', '保密义务', '数据保护', '知识产权归属', '陈述与保证', '责任限制', '赔偿',
  '不可抗力', '期限与终止', '争议解决', '通知与送达', '变更管理', '分包', '审计与检查', '安全措施', '人员管理', '保险', '反商业贿赂',
  '出口管制', '服务水平与补救', '过渡期安排', '源代码托管', '转让', '完整协议', '可分割性', '弃权', '适用法律', '其他约定'];
const EN_TITLES = ['Scope of Services', 'Delivery and Acceptance', 'Fees and Payment', 'Confidentiality', 'Data Protection',
  'Ownership of Intellectual Property', 'Representations and Warranties', 'Limitation of Liability', 'Indemnities', 'Force Majeure',
  'Term and Termination', 'Dispute Resolution', 'Notices', 'Change Control', 'Subcontracting', 'Audit Rights', 'Security Measures',
  'Personnel', 'Insurance', 'Anti-Bribery', 'Export Control', 'Service Credits', 'Transition Assistance', 'Source Code Escrow',
  'Assignment', 'Entire Agreement', 'Severability', 'Waiver', 'Governing Law', 'Miscellaneous'];

const ZH_VERBS = ['应当', '有权', '不得', '应尽合理努力', '应及时'];
const ZH_ACTIONS = ['向对方提供书面说明', '采取必要的补救措施', '妥善保管相关记录', '通知对方并说明理由', '配合对方完成核查',
  '更新相应的技术文档', '停止使用相关材料', '按照约定的方式交付', '对相关人员进行培训', '提交整改计划'];
const ZH_CLAUSE_TAILS = ['，但双方另有书面约定的除外。', '，且不因本协议的终止而失效。', '，并承担由此产生的合理费用。',
  '；相关费用由责任方承担。', '，并保留相应的书面记录不少于三年。', '。'];
const ZH_CONTEXT = ['在本协议有效期内', '自收到对方书面通知之日起', '除本协议另有约定外', '在不违反适用法律的前提下',
  '如一方发现任何可能影响履约的情况', '经双方协商一致后', '在每个自然年度结束前'];
const ZH_OBJECTS = ['技术支持', '运维服务', '培训服务', '数据迁移', '接口对接', '系统部署', '定制开发', '备份与恢复'];

const EN_VERBS = ['shall', 'may', 'must not', 'shall use reasonable efforts to', 'shall promptly'];
const EN_ACTIONS = ['provide a written explanation to the other Party', 'take all necessary remedial steps', 'keep complete and accurate records',
  'notify the other Party and state its reasons', 'cooperate with any verification reasonably requested', 'update the relevant technical documentation',
  'cease using the affected materials', 'deliver in the manner agreed', 'train its personnel accordingly', 'submit a remediation plan'];
const EN_CONTEXT = ['During the term of this Agreement,', 'Unless otherwise agreed in writing,', 'Subject to Applicable Law,',
  'Without prejudice to any other right or remedy,', 'Where either Party becomes aware of any circumstance affecting performance,',
  'Following a request by the other Party,', 'Before the end of each calendar year,'];
const EN_TAILS = [', except as the Parties otherwise agree in writing.', ', and this obligation survives termination of this Agreement.',
  ' at its own cost.', ', acting in good faith at all times.', ' and keep written records for not less than three years.', '.'];
const EN_OBJECTS = ['technical support', 'maintenance services', 'training', 'data migration', 'interface integration', 'deployment',
  'custom development', 'backup and recovery'];

const ZH_DEADLINES = ['7日（7×24即168个小时）', '十五（15）个工作日', '三十日', '48小时', '五个工作日', '十日（含本数）', '六十（60）日', '3个月'];
const EN_DEADLINES = ['thirty (30) days', 'ten (10) Business Days', 'forty-eight (48) hours', 'fifteen (15) days', 'sixty (60) days',
  'five (5) Business Days', 'seven (7) days', 'three (3) months'];

/**
 * Generates one agreement of about `targetBytes` UTF-8 bytes.
 * @param {number} targetBytes
 * @param {number} [seed]
 */
export function generateAgreement(targetBytes, seed = 20240611) {
  const r = rng(seed ^ targetBytes);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const chance = (p) => r() < p;
  const out = [];
  let bytes = 0;
  const emit = (s) => { out.push(s); bytes += Buffer.byteLength(s) + 1; };
  let milestone = 0;
  let partNo = 0;

  // ---- front matter of the instrument ----
  emit('# 技术服务与数据处理主协议 / Master Technology Services and Data Processing Agreement');
  emit('');
  emit('本协议由以下双方于2024年3月18日在上海市签订：');
  emit('');
  emit('委托方：星河云图信息科技有限公司（以下简称“甲方”），统一社会信用代码91310000MA1FL0XX0X。');
  emit('');
  emit('服务商：Northwind Ledger Systems Limited, a company incorporated in Singapore (the "Supplier" or “乙方”).');
  emit('');
  emit('鉴于：');
  emit('');
  emit('（一）甲方拟采购数据平台的建设、运维及相关技术服务；');
  emit('（二）乙方具备提供上述服务所需的资质、人员和经验；');
  emit('（三）双方经友好协商，就服务的范围、费用、数据处理及其他事项达成如下约定。');
  emit('');

  /** Clause ids generated so far in the current part, for backward references. */
  let known = [];
  let knownSet = new Set();
  /** Clauses that have (a)/(b) items, for "Section 8.1(a)". */
  let withItems = [];
  const remember = (id) => { known.push(id); knownSet.add(id); };
  const ref = (lang) => {
    if (!known.length) return lang === 'zh' ? '本协议第1条' : 'Section 1';
    if (chance(0.01)) return lang === 'zh' ? `第${known.length + 40}.9条` : `Section ${known.length + 40}.9`; // dangling, on purpose
    const id = pick(known);
    if (lang === 'zh') {
      const next = id.replace(/\d+$/, (d) => String(+d + 1));
      if (chance(0.15) && id.includes('.') && knownSet.has(next)) return `第${id}条至第${next}条`;
      return `第${id}条`;
    }
    if (withItems.length && chance(0.2)) return `Section ${pick(withItems)}(${pick(['a', 'b'])})`;
    const next = id.replace(/\d+$/, (d) => String(+d + 1));
    if (chance(0.1) && id.includes('.') && knownSet.has(next)) return `Sections ${id} and ${next}`;
    return `Section ${id}`;
  };
  const term = (lang) => { const t = pick(TERMS); return lang === 'zh' ? t.zh : t.en; };

  const zhSentence = () => {
    const deadline = chance(0.35) ? `应在${pick(ZH_DEADLINES)}内` : pick(ZH_VERBS);
    return `${pick(ZH_CONTEXT)}，${pick(ZH_PARTIES)}就${term('zh')}及${pick(ZH_OBJECTS)}${deadline}${pick(ZH_ACTIONS)}${chance(0.3) ? `，具体要求见${ref('zh')}` : ''}${pick(ZH_CLAUSE_TAILS)}`;
  };
  const enSentence = () => {
    const verb = chance(0.35) ? `shall, within ${pick(EN_DEADLINES)} after receipt of a written request,` : pick(EN_VERBS);
    const party = pick(EN_PARTIES);
    return `${pick(EN_CONTEXT)} ${party} ${verb} ${pick(EN_ACTIONS)} in relation to the ${term('en')} and ${pick(EN_OBJECTS)}${chance(0.3) ? `, as described in ${ref('en')}` : ''}${pick(EN_TAILS)}`;
  };
  const sentences = (lang, n) => Array.from({ length: n }, () => (lang === 'zh' ? zhSentence() : enSentence())).join(lang === 'zh' ? '' : ' ');

  const billingZh = () => {
    const k = ++milestone;
    return `乙方应在第${k}期里程碑验收合格之日起五（5）个工作日内向甲方开具发票（以下简称“第${k}期开票日”）；甲方应在第${k}期开票日后三十（30）日内付清该期款项（以下简称“第${k}期付款日”）；第${k}期付款日届满后十五日内甲方仍未付款的，乙方有权暂停相关服务。`;
  };
  const billingEn = () => {
    const k = ++milestone;
    return `The Supplier shall issue its invoice within five (5) Business Days after Acceptance of Milestone ${k} (the "Milestone ${k} Invoice Date"). The Customer shall pay that invoice within thirty (30) days after the Milestone ${k} Invoice Date (the "Milestone ${k} Due Date"). If any amount remains unpaid ten (10) days after the Milestone ${k} Due Date, the Supplier may suspend the affected Services on seven (7) days' notice.`;
  };

  const definitionsArticle = (n, style) => {
    emit(style === 'zh' ? `### 第${n}条 定义与解释` : `### ${n}. 定义与解释 Definitions and Interpretation`);
    emit('');
    emit(`${n}.1. 除非上下文另有要求，下列用语具有如下含义 / In this Agreement the following terms have these meanings:`);
    emit('');
    TERMS.forEach((t, i) => {
      if (i % 2) emit(`- “${t.zh}”是指双方在${pick(ZH_OBJECTS)}方面约定的相关内容及其任何更新版本；`);
      else emit(`- "${t.en}" means the ${pick(EN_OBJECTS)} and related items described in the applicable order, as updated from time to time;`);
    });
    emit('');
    emit(`${n}.2. 本协议中的标题仅为方便阅读而设，不影响条款的解释。Headings are for convenience only.`);
    emit('');
    remember(`${n}.1`);
    remember(`${n}.2`);
  };

  /** One article with its sub-clauses. `style`: 'decimal' (### 3.) or 'zh' (### 第3条). */
  const article = (n, style, lang) => {
    const level = chance(0.15) ? '##' : chance(0.2) ? '####' : '###';
    const title = lang === 'zh' ? pick(ZH_TITLES) : pick(EN_TITLES);
    emit(style === 'zh' ? `${level} 第${n}条 ${title}` : `${level} ${n}. ${title}`);
    emit('');
    const subs = 2 + Math.floor(r() * 4);
    for (let s = 1; s <= subs; s++) {
      const id = `${n}.${s}`;
      const kind = r();
      if (kind < 0.12) {
        // sub-clause as a heading one level down
        emit(`${level}# ${id}${lang === 'zh' ? `. ${pick(ZH_TITLES)}` : ` ${pick(EN_TITLES)}`}`);
        emit('');
        emit(sentences(lang, 2));
      } else if (kind < 0.3 && lang === 'en') {
        emit(`${id} **${pick(EN_TITLES)}.** ${capital(pick(EN_PARTIES))} shall:`);
        emit('');
        const items = 2 + Math.floor(r() * 3);
        const roman = chance(0.3);
        if (roman) {
          // (i)/(ii) items hard-wrapped into one paragraph
          for (let a = 1; a <= items; a++) emit(`(${ROMAN[a]}) within ${pick(EN_DEADLINES)} after ${pick(EN_OBJECTS)} is completed, ${pick(EN_ACTIONS)}${a === items ? '.' : ';'}`);
          emit('');
        } else {
          for (let a = 0; a < items; a++) {
            emit(`(${LETTERS[a]}) ${pick(EN_ACTIONS)} in relation to the ${term('en')}${a === items - 1 ? '.' : a === items - 2 ? '; and' : ';'}`);
            emit('');
          }
          withItems.push(id);
        }
        remember(id);
        continue;
      } else if (kind < 0.3) {
        emit(`${id}. ${pick(ZH_PARTIES)}应履行下列义务：`);
        const items = 2 + Math.floor(r() * 4);
        for (let a = 1; a <= items; a++) emit(`（${cnNumber(a)}）${pick(ZH_ACTIONS)}，涉及${term('zh')}的，应在${pick(ZH_DEADLINES)}内完成${a === items ? '。' : '；'}`);
      } else if (kind < 0.42) {
        // nested ordered Markdown list
        emit(`${id}${lang === 'zh' ? '. 具体安排如下：' : ' The following applies:'}`);
        emit('');
        const items = 2 + Math.floor(r() * 3);
        for (let a = 1; a <= items; a++) {
          emit(`${a}. ${lang === 'zh' ? zhSentence() : enSentence()}`);
          if (a === 2) {
            emit(`   1. ${lang === 'zh' ? zhSentence() : enSentence()}`);
            emit(`   2. ${lang === 'zh' ? zhSentence() : enSentence()}`);
            if (chance(0.5)) emit(`      1. ${lang === 'zh' ? zhSentence() : enSentence()}`);
          }
        }
      } else if (kind < 0.5) {
        emit(lang === 'zh' ? `${id}. ${billingZh()}` : `${id} ${billingEn()}`);
      } else if (kind < 0.58) {
        // a term defined in passing
        const t = `${pick(EN_OBJECTS).replace(/\b\w/g, (c) => c.toUpperCase())} Plan ${partNo}-${n}-${s}`;
        emit(lang === 'zh'
          ? `${id}. 乙方应在${pick(ZH_DEADLINES)}内提交${pick(ZH_OBJECTS)}方案（以下简称“第${partNo}-${n}-${s}号方案”），第${partNo}-${n}-${s}号方案经甲方书面确认后实施。`
          : `${id} The Supplier shall prepare a plan for the ${pick(EN_OBJECTS)} (the "${t}") within ${pick(EN_DEADLINES)} after the Effective Date. The Customer shall approve or reject the ${t} within ${pick(EN_DEADLINES)} after receiving it.`);
      } else {
        emit(`${id}${lang === 'zh' ? '.' : ''} ${sentences(lang, 1 + Math.floor(r() * 3))}`);
        if (chance(0.25)) {
          emit('');
          emit(`${id}.1${lang === 'zh' ? '.' : ''} ${sentences(lang, 1)}`);
          emit('');
          emit(`${id}.2${lang === 'zh' ? '.' : ''} ${sentences(lang, 1)}`);
          remember(`${id}.1`);
          remember(`${id}.2`);
        }
      }
      emit('');
      remember(id);
    }
  };

  const partBudget = Math.min(targetBytes * 0.35, 400 * 1024);

  // ---- 通用条款 ----
  emit('## 通用条款 General Terms');
  emit('');
  known = []; knownSet = new Set(); withItems = []; partNo++;
  definitionsArticle(1, 'decimal');
  let n = 2;
  let partEnd = bytes + partBudget;
  while (bytes < partEnd) article(n++, 'decimal', chance(0.5) ? 'zh' : 'en');

  // ---- 专用条款 ----
  emit('## 专用条款 Special Terms');
  emit('');
  emit('专用条款与通用条款不一致的，以专用条款为准。');
  emit('');
  known = []; knownSet = new Set(); withItems = []; partNo++;
  n = 1;
  partEnd = bytes + partBudget;
  while (bytes < partEnd) article(n++, 'zh', chance(0.7) ? 'zh' : 'en');

  // ---- schedules ----
  let schedule = 1;
  while (bytes < targetBytes) {
    const zh = schedule % 2 === 0;
    emit(zh ? `## 附件${schedule} ${pick(ZH_TITLES)}细则` : `## Schedule ${schedule} ${pick(EN_TITLES)} Details`);
    emit('');
    known = []; knownSet = new Set(); withItems = []; partNo++;
    n = 1;
    const end = Math.min(targetBytes, bytes + 200 * 1024);
    while (bytes < end) article(n++, 'decimal', zh ? (chance(0.8) ? 'zh' : 'en') : (chance(0.8) ? 'en' : 'zh'));
    schedule++;
  }

  emit('（以下无正文）');
  return out.join('\n');
}

// CLI: write the inputs to a folder.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'bench/inputs';
  const names = (process.argv[3] ?? '100k,1m,5m').split(',');
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const text = generateAgreement(SIZES[name]);
    writeFileSync(join(dir, `generated-${name}.md`), text);
    console.log(`${join(dir, `generated-${name}.md`)}: ${Buffer.byteLength(text)} bytes, ${text.length} chars`);
  }
}
