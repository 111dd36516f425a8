/** Messages of the defined-terms rules and features (English and Chinese side by side). */
import { defineMessages } from '../messages';

export const termMessage = defineMessages({
  'term-unused': {
    en: '"{0}" is defined but never used.',
    zh: '“{0}”已定义但从未使用。',
  },
  'term-unused-lowercase': {
    en: '"{0}" is defined but never used as a defined term (it appears {1} times in lower case).',
    zh: '“{0}”已定义但从未以定义术语的形式使用（以小写形式出现 {1} 次）。',
  },
  'term-duplicate': {
    en: '"{0}" is defined again (first defined on line {1}).',
    zh: '“{0}”被重复定义（首次定义在第 {1} 行）。',
  },
  'term-duplicate-related': { en: 'First definition of "{0}"', zh: '“{0}”的首次定义' },
  'term-before-definition': {
    en: '"{0}" is used before it is defined on line {1}.',
    zh: '“{0}”在第 {1} 行定义之前已被使用。',
  },
  'term-before-definition-more': {
    en: '"{0}" is used {2} times before it is defined on line {1}.',
    zh: '“{0}”在第 {1} 行定义之前已被使用 {2} 次。',
  },
  'term-definition-related': { en: 'Definition of "{0}"', zh: '“{0}”的定义' },
  'term-undefined': {
    en: '"{0}" is capitalised like a defined term but is not defined in this document.',
    zh: '“{0}”的写法像定义术语，但本文件中没有对其下定义。',
  },
  'term-undefined-more': {
    en: '"{0}" is capitalised like a defined term but is not defined in this document (used {1} times).',
    zh: '“{0}”以引号标出，像定义术语，但本文件中没有对其下定义（使用 {1} 次）。',
  },
  'term-case': {
    en: '"{0}" is written in lower case; the defined term is "{1}".',
    zh: '“{0}”为小写，定义术语为“{1}”。',
  },
  'term-case-fix': { en: 'Write "{0}"', zh: '改为“{0}”' },
  'hover-defined-at': { en: 'Defined on line {0}', zh: '定义于第 {0} 行' },
  'hover-defined-in': { en: 'Defined in {0}, line {1}', zh: '定义于{0}（第 {1} 行）' },
  'hover-uses': { en: '{0} uses', zh: '使用 {0} 次' },
  'hover-cover-page': { en: 'Defined on the Cover Page (a variable of this agreement)', zh: '在封面页中定义（本协议的变量）' },
  'hover-definitions': { en: 'Defined {0} times', zh: '共定义 {0} 次' },
  'rename-invalid': { en: 'A term cannot be empty or contain quote marks or line breaks.', zh: '术语不能为空，也不能包含引号或换行。' },
  'completion-detail': { en: 'Defined term', zh: '定义术语' },
});
