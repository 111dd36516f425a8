/** Messages of the deadline rules, the hover and the timeline output. */
import { defineMessages } from '../messages';

export const messageFor = defineMessages({
  'deadline-words-figures': {
    en: 'Words and figures disagree: "{0}" is {1} but the figures say {2}.',
    zh: '大小写数字不一致：“{0}”为 {1}，括号中的数字却是 {2}。',
  },
  'fix-use-words': { en: 'Use {0} (the words)', zh: '改为 {0}（以大写为准）' },
  'fix-use-figures': { en: 'Use {0} (the figures)', zh: '改为 {0}（以数字为准）' },
  'deadline-arithmetic': {
    en: 'The arithmetic is wrong: {0} × {1} = {2}, not {3}.',
    zh: '换算错误：{0}×{1}={2}，而非 {3}。',
  },
  'deadline-arithmetic-period': {
    en: '{0} is {1} hours, but the bracket says {2} hours.',
    zh: '{0}为 {1} 个小时，括号中的换算却是 {2} 个小时。',
  },
  'fix-arithmetic': { en: 'Change to {0}', zh: '改为 {0}' },
  'timeline-order': {
    en: '"{0}" ({1}) happens at T0{2}, before "{3}" ({4}) at T0{5}.',
    zh: '“{0}”（{1}）发生在 T0{2}，早于“{3}”（{4}）的 T0{5}，顺序不合理。',
  },
  'timeline-order-related': { en: '"{0}" at T0{1}', zh: '“{0}”在 T0{1}' },
  'timeline-conflict': {
    en: '"{0}" after {1} is set at T0{2} here but at T0{3} in {4}.',
    zh: '“{1}”后的“{0}”在此为 T0{2}，而在 {4} 中为 T0{3}，期限冲突。',
  },
  'timeline-conflict-related': { en: 'Also "{0}" at T0{1}', zh: '另一处“{0}”为 T0{1}' },
  'deadline-unit-ambiguous': {
    en: '"{0}": calendar days or business days? The document uses both.',
    zh: '“{0}”：是自然日还是工作日？本文档两者都有使用。',
  },
  'date-rolled': { en: '{0} is a {1}: the last day moves to {2}', zh: '{0} 为{1}，末日顺延至 {2}' },
  'rule-prc': {
    en: 'Counted under PRC Civil Code arts. 200–204: hours from the moment; for days, months and years the first day is not counted; a last day on a rest day or statutory holiday (with 调休) rolls to the next working day.',
    zh: '按《民法典》第200–204条计算：小时自起算时刻起算；日、月、年开始的当日不计入；末日为休息日或法定节假日（含调休）的，顺延至其后第一个工作日。',
  },
  'rule-same-clock': {
    en: "Counted under the agreement's own rule (Civil Code art. 204): the period ends at the same clock time on the last day.",
    zh: '按本协议约定的计算方法（《民法典》第204条）：至末日相同时刻为期限届满。',
  },
  'rule-common': {
    en: 'Counted as "within N days after X": day X is not counted, the last day is; business days skip weekends and {0} public holidays; calendar days do not roll.',
    zh: '按“X 后 N 日内”的惯例计算：X 当日不计入，末日计入；工作日跳过周末和 {0} 的公共假日。',
  },
  'hover-duration': { en: 'Deadline', zh: '期限' },
  'hover-vague': { en: 'Vague deadline: no number of days is given.', zh: '不确定的期限：未写明具体天数。' },
  'hover-immediate': { en: 'Immediately: no time at all.', zh: '立即：不给予任何期限。' },
  'hover-rate': { en: 'A daily rate, not a period.', zh: '按日计算的费率（违约金），不是期限。' },
  'hover-inclusive': { en: 'includes the stated number (Civil Code art. 1259)', zh: '含本数（《民法典》第1259条）' },
  'hover-exclusive': { en: 'excludes the stated number (Civil Code art. 1259)', zh: '不含本数（《民法典》第1259条）' },
  'hover-start': { en: 'T0 = {0}', zh: 'T0 = {0}' },
  'hover-no-start': { en: 'Set `timelineStart:` in the front matter to see dates.', zh: '在文档开头的 YAML 中设置 `timelineStart:` 可显示具体日期。' },
  'hover-explains': { en: 'Explains the period before it.', zh: '对前述期限的说明。' },
});
