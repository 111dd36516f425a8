/** Messages of the cross-reference rules and features, in English and Chinese. */
import { defineMessages } from '../messages';

export const refMessage = defineMessages({
  'ref-unresolved': {
    en: '"{0}" points at no clause: this document has no {1}.',
    zh: '“{0}”指向的条款不存在：本文档中没有 {1}。',
  },
  'ref-unresolved-relative': {
    en: '"{0}" has nothing to point at here: {1} has no earlier {2}.',
    zh: '“{0}”在此处无所指：{1} 之前没有可指向的{2}。',
  },
  'ref-missing-item': {
    en: '"{0}": {1} exists but has no item {2}.',
    zh: '“{0}”：{1} 存在，但其中没有 {2}。',
  },
  'ref-ambiguous': {
    en: '"{0}" could mean {1} clauses numbered {2} (lines {3}).',
    zh: '“{0}”可能指向 {1} 个编号为 {2} 的条款（第 {3} 行）。',
  },
  'ref-ambiguous-related': { en: 'Candidate: {0}', zh: '候选条款：{0}' },
  'ref-caption-mismatch': {
    en: '"{0}" is captioned "{1}", but {2} is titled "{3}".',
    zh: '“{0}”标注的标题为“{1}”，但 {2} 的标题是“{3}”。',
  },
  'ref-caption-fix': { en: 'Use the title "{0}"', zh: '改为标题“{0}”' },
  'ref-self': {
    en: '{0} cites itself by number; write "this {1}" or check the number.',
    zh: '第 {0} 条以编号引用自身；请写作“本条”或核对编号。',
  },
  'ref-this-elsewhere': {
    en: '"{0}" stands in {1}, not in {2}.',
    zh: '“{0}”位于 {1} 中，而不是 {2} 中。',
  },
  'link-broken-empty': {
    en: 'The link "{0}" has no target.',
    zh: '链接“{0}”没有目标地址。',
  },
  'link-broken-anchor': {
    en: 'The link "{0}" points at #{1}, which is not a heading or anchor of this document.',
    zh: '链接“{0}”指向 #{1}，但本文档中没有这个标题或锚点。',
  },
  'link-placeholder': {
    en: 'The link to 《{0}》 is a placeholder (#); link the document itself or drop the link.',
    zh: '指向《{0}》的链接只是占位符（#）；请链接到该文件本身或删除链接。',
  },
  clause: { en: 'Section {0}', zh: '第 {0} 条' },
  paragraph: { en: 'paragraph', zh: '款' },
  article: { en: 'clause', zh: '条' },
  // Features.
  'hover-external': { en: 'Reference to another instrument: **{0}**', zh: '引用其他文件：**{0}**' },
  'hover-unresolved': { en: 'No clause {0} in this document.', zh: '本文档中没有条款 {0}。' },
  'hover-ambiguous': { en: '{0} clauses are numbered {1}.', zh: '有 {0} 个条款编号为 {1}。' },
  'hover-part': { en: 'in {0}', zh: '位于 {0}' },
  'lens-references': { en: '{0} references', zh: '被引用 {0} 次' },
  'lens-reference': { en: '1 reference', zh: '被引用 1 次' },
  'renumber-title': { en: 'Renumber {0} sequentially (and update references)', zh: '按顺序重新编号 {0}（并更新引用）' },
  'rename-invalid': { en: '"{0}" is not a clause number.', zh: '“{0}”不是条款编号。' },
});
