/** Headings and words of the report, in the document's language. */
export const REPORT_LABELS = {
  en: {
    title: 'Clausewise review report', generated: 'Generated', agreementNo: 'Not recognised as an agreement',
    summary: 'Summary', problems: 'Problems', outline: 'Outline', citations: 'Reference map', terms: 'Defined terms', timelines: 'Timelines',
    line: 'Line', severity: 'Severity', code: 'Code', message: 'Message', clause: 'Clause', text: 'Clause text',
    from: 'Cited in', reference: 'Reference', to: 'Points to', status: 'Status', term: 'Term', definedAt: 'Defined in', uses: 'Uses', definition: 'Definition',
    none: 'None.', clauses: 'clauses', references: 'references', termsCount: 'defined terms', timelinesCount: 'timelines', errors: 'errors', warnings: 'warnings', others: 'other notes',
    external: 'another instrument',
  },
  zh: {
    title: 'Clausewise 审阅报告', generated: '生成时间', agreementNo: '未识别为协议',
    summary: '概要', problems: '问题', outline: '目录结构', citations: '引用关系', terms: '定义术语', timelines: '时间线',
    line: '行', severity: '级别', code: '代码', message: '说明', clause: '条款', text: '条款原文',
    from: '引用所在条款', reference: '引用', to: '指向', status: '状态', term: '术语', definedAt: '定义位置', uses: '使用次数', definition: '定义',
    none: '无。', clauses: '个条款', references: '处引用', termsCount: '个定义术语', timelinesCount: '条时间线', errors: '个错误', warnings: '个警告', others: '条其他提示',
    external: '其他文件',
  },
};
