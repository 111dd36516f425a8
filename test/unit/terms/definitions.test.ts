import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/core/analyze';
import { CORPUS_FILES, corpus, seed } from '../../helpers/fixtures';

const names = (text: string) => analyze(text).terms.terms.filter((t) => t.definitions.length).map((t) => t.name);
const defined = (text: string, name: string) => analyze(text).terms.byKey.get(name)?.definitions.length ?? 0;

describe('defined terms: definition forms (lang/definitions.ts)', () => {
  const zh: [string, string][] = [
    ['星河科技有限公司（以下简称“星河云”）是服务提供方。', '星河云'],
    ['您与本公司签署本协议（下称“本协议”）。', '本协议'],
    ['大数据服务（简称“MaxData服务”）。', 'MaxData服务'],
    ['网站和客户端（以下单独或统称“平台网站”）所展示的服务。', '平台网站'],
    ['技术规范等内容（以上简称“使用指引”），依照执行。', '使用指引'],
    ['病毒、入侵等行为（以下统称该类事件），鉴于技术局限。', '该类事件'],
    ['本协议所称用户数据，是指您上传的数据。', '用户数据'],
    ['“工作日”是指法定工作日。', '工作日'],
    ['本条款中“服务”指：平台提供的服务。', '服务'],
    ['「账户」是指您注册的账户。', '账户'],
    ['信息的一方（以下简称“接受方”）从对方（以下简称“披露方”）取得。', '披露方'],
  ];
  for (const [text, term] of zh) it(`zh: ${term} in ${text.slice(0, 16)}…`, () => assert.ok(defined(text, term), names(text).join(',')));

  const en: [string, string][] = [
    ['"Customer Data" means all data uploaded.', 'Customer Data'],
    ['"Fees" shall mean the amounts payable.', 'Fees'],
    ['This agreement is made with Acme Inc. (the "Supplier").', 'Supplier'],
    ['This agreement is made with Acme Inc. ("Acme").', 'Acme'],
    ['The parties to this agreement (hereinafter "Parties") agree.', 'Parties'],
    ['All such documents (collectively, the "Order Documents") apply.', 'Order Documents'],
    ['“Business Day” has the meaning given in Section 4.', 'Business Day'],
    ['1. **"Affiliate"** means any entity that controls a party.', 'Affiliate'],
    ['  a. Adapted Material means material derived from the work.', 'Adapted Material'],
    ['the data (each a “Security Incident”) shall be reported.', 'Security Incident'],
    ['this document (the “Terms of Service” or the "Terms") applies.', 'Terms'],
  ];
  for (const [text, term] of en) it(`en: ${term}`, () => assert.ok(defined(text, term), names(text).join(',')));

  it('does not take quoted words for definitions', () => {
    assert.deepEqual(names('以产品的“现状”、“有缺陷”和“当前功能”的状态提供。'), []);
    assert.deepEqual(names('The Software is provided "AS IS" and "commercial items" are deemed so.'), []);
  });
});

describe('defined terms: the seed and the corpus', () => {
  it('finds every definition of the seed', () => {
    const got = names(seed());
    for (const t of ['阿里云', '本协议', '阿里云网站', '操作指引', '接受方', '披露方', '该等行为', 'MaxCompute服务', '服务', '保密信息', '不可抗力', '意外事件']) {
      assert.ok(got.includes(t), `${t} not found; got ${got.join(', ')}`);
    }
  });

  /** Every definition the documents make, by hand (cover-page variables are counted separately). */
  const EXPECTED: Record<string, string[]> = {
    'commonpaper-csa.md': ['Affiliate', 'Agreement', 'Applicable Data Protection Laws', 'Applicable Laws', 'Beta Product', 'Cloud Service', 'Confidential Information', 'Cover Page', 'Covered Claim', 'Customer Content', 'Discloser', 'Documentation', 'Embargoed Country', 'Feedback', 'Fees', 'Force Majeure Event', 'Framework Terms', 'GDPR', 'High Risk Activity', 'Indemnifying Party', 'Key Terms', 'OFAC', 'Order Form', 'Personal Data', 'Product', 'Prohibited Data', 'Protected Party', 'Recipient', 'Software', 'Standard Terms', 'Usage Data', 'User', 'Variable'],
    'commonpaper-dpa.md': ['Applicable Laws', 'Applicable Data Protection Laws', 'Controller', 'Cover Page', 'Customer Personal Data', 'DPA', 'EEA SCCs', 'European Economic Area', 'EEA', 'GDPR', 'Personal Data', 'Processing', 'Process', 'Processor', 'Report', 'Restricted Transfer', 'Security Incident', 'Service', 'Special Category Data', 'Subprocessor', 'UK GDPR', 'UK Addendum'],
    'commonpaper-mutual-nda.md': ['MNDA', 'Disclosing Party', 'Receiving Party', 'Confidential Information', 'Cover Page'],
    'github-data-protection-agreement-2023.md': ['DPA', 'GitHub', 'CCPA', 'Customer Data', 'Data Protection Requirements', 'Diagnostic Data', 'DPA Terms', 'GDPR', 'Local EU/EEA Data Protection Laws', 'GDPR Related Terms', 'GitHub Affiliate', 'GitHub Customer Agreement', 'GitHub Privacy Statement', 'Online Service', 'Personal Data', 'Preview', 'Professional Services Data', 'Service Generated Data', 'Standard Contractual Clauses', 'Standard Contractual Clauses (EU/EEA)', 'Standard Contractual Clauses (UK)', 'Subprocessor', 'Support Data', 'data importer', 'data exporter', 'Processed Data', 'Security Incident', 'Educational Privacy Laws', 'Relevant Disclosure', 'Addendum', 'Clauses', 'the data exporter', 'the data importer', 'Union'],
    'github-secret-scanning-partner-program-agreement.md': ['Affiliate', 'Detected Credential', 'Detection Notification', 'Feedback Data', 'GitHub Marks', 'GitHub Metadata', 'Match Data', 'Microsoft NDA', 'Onboarding Materials', 'Partner', 'Partner Endpoint', 'Program', 'Program Documentation', 'Token Patterns', 'Detection Samples'],
    'github-terms-of-service.md': ['Account', 'Personal Account', 'Organizations', 'Agreement', 'Terms of Service', 'Terms', 'Beta Previews', 'Content', 'User-Generated Content', 'Your Content', 'GitHub', 'We', 'Us', 'Service', 'User', 'You', 'Your', 'Website', 'Access', 'Commercial AI System', 'Confidential Information', 'Purpose', 'Feedback'],
    'github-terms-of-service.zh-CN.md': ['帐户', '个人帐户', '组织', '协议', '服务条款', '条款', 'Beta 预览版', '内容', '用户生成的内容', '您的内容', 'GitHub', '我们', '服务', '用户', '您', '您的', '网站', '机密信息', '目的', '反馈'],
    'cc-by-4.0.txt': ['Adapted Material', "Adapter's License", 'Copyright and Similar Rights', 'Effective Technological Measures', 'Exceptions and Limitations', 'Licensed Material', 'Licensed Rights', 'Licensor', 'Share', 'Sui Generis Database Rights', 'You', 'Public License'],
    '民法典-合同编.md': ['合同', '要约', '要约邀请', '承诺', '格式条款', '买卖合同', '供用电合同', '赠与合同', '借款合同', '保证合同', '租赁合同', '融资租赁合同', '保理合同', '承揽合同', '建设工程合同', '运输合同', '技术合同', '技术开发合同', '技术转让合同', '技术咨询合同', '保管合同', '仓储合同', '委托合同', '物业服务合同', '行纪合同', '中介合同', '合伙合同'],
  };
  for (const file of CORPUS_FILES) {
    it(`finds every definition of ${file}`, () => {
      const expected = EXPECTED[file];
      assert.ok(expected, `no expectation for ${file}`);
      const got = new Set(names(corpus(file)));
      const missing = expected.filter((t) => !got.has(t));
      assert.deepEqual(missing, [], `missing in ${file}; got ${[...got].join(', ')}`);
    });
  }

  it('treats Common Paper cover-page variables as defined elsewhere', () => {
    const model = analyze(corpus('commonpaper-csa.md'));
    const customer = model.terms.byKey.get('Customer')!;
    assert.equal(customer.external, 'coverPage');
    assert.ok(customer.uses.length > 50);
  });
});
