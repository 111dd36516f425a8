/**
 * User-facing messages in the document's language. Each feature area defines its own
 * table with `defineMessages`; English and Chinese stand side by side so a missing
 * translation is visible in review. Templates use {0}-style placeholders.
 */
import type { Language } from './model';

export type MessageTable = Record<string, Record<Language, string>>;

export function defineMessages<T extends MessageTable>(table: T) {
  return (language: Language, key: keyof T & string, ...args: (string | number)[]): string => {
    const template = table[key][language] ?? table[key].en;
    return template.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  };
}

/** Messages of the foundation: numbering rules and document-level notices. */
export const message = defineMessages({
  'numbering-gap': {
    en: 'Numbering jumps from {0} to {1}: {2} is missing.',
    zh: '编号从 {0} 跳到 {1}，缺少 {2}。',
  },
  'numbering-gap-first': {
    en: 'Numbering starts at {0}: {1} is missing.',
    zh: '编号从 {0} 开始，缺少 {1}。',
  },
  'numbering-duplicate': {
    en: 'Clause {0} is numbered twice (first on line {1}).',
    zh: '条款编号 {0} 重复（首次出现在第 {1} 行）。',
  },
  'numbering-duplicate-related': { en: 'First {0}', zh: '首次出现的 {0}' },
  'numbering-order': {
    en: 'Clause {0} comes after {1}: numbers are out of order.',
    zh: '条款 {0} 排在 {1} 之后，编号顺序错误。',
  },
  'numbering-parent': {
    en: 'Clause {0} is inside {1}; its number says it belongs to {2}.',
    zh: '条款 {0} 位于第 {1} 条之下，但其编号表明应属于第 {2} 条。',
  },
  'numbering-style': {
    en: '"{0}" is written {1} a trailing dot, unlike {2} of its {3} siblings.',
    zh: '“{0}”{1}末尾的点，与同级 {3} 个条款中的 {2} 个写法不一致。',
  },
  'numbering-style-fix': { en: 'Write "{0}"', zh: '改为“{0}”' },
  with: { en: 'with', zh: '带有' },
  without: { en: 'without', zh: '缺少' },
  'document-too-large': {
    en: 'This document is {0} MB; Clausewise analyses documents up to {1} MB. Split it into files (annexes, schedules) to have it checked.',
    zh: '本文档大小为 {0} MB，超过 Clausewise 可分析的上限 {1} MB。请将其拆分为多个文件（如附件）后再检查。',
  },
  'front-matter-invalid': {
    en: 'The front matter is not valid YAML ({0}); it is ignored.',
    zh: '文档开头的 YAML 元数据无效（{0}），已忽略。',
  },
});
