/**
 * Deadlines as data: number words, units, bound words (Civil Code art. 1259), anchor
 * (trigger) phrases and action phrases, for Chinese and English. Every regular
 * expression here is linear-time: bounded quantifiers, no nested quantifiers.
 * The logic that uses these tables lives in core/timelines/.
 */

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export type DayKind = 'calendar' | 'business';

// ---- numbers ------------------------------------------------------------------

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** One English number word (the alternation the duration pattern uses). */
const EN_WORD = `(?:${[...Object.keys(EN_TENS), ...Object.keys(EN_SMALL).sort((a, b) => b.length - a.length), 'hundred'].join('|')})`;
/** "forty-five", "forty five", "one hundred": at most two words (no nested quantifiers). */
const EN_WORDS = `${EN_WORD}(?:[- ]${EN_WORD})?`;

/** "forty-five" → 45, "one hundred" → 100, "a" → 1; undefined when not a number word. */
export function parseEnglishNumber(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]{1,3}/).filter((w) => w && w !== 'and');
  if (words.length === 1 && (words[0] === 'a' || words[0] === 'an')) return 1;
  let total = 0, current = 0;
  for (const w of words) {
    if (w in EN_SMALL) current += EN_SMALL[w];
    else if (w in EN_TENS) current += EN_TENS[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else return undefined;
  }
  total += current;
  return words.length ? total : undefined;
}

/** 45 → "forty-five" (for quick fixes). */
export function englishNumberWords(n: number): string {
  if (n < 20) return Object.keys(EN_SMALL).find((k) => EN_SMALL[k] === n) ?? String(n);
  if (n < 100) {
    const tens = Object.keys(EN_TENS).find((k) => EN_TENS[k] === Math.floor(n / 10) * 10)!;
    return n % 10 ? `${tens}-${englishNumberWords(n % 10)}` : tens;
  }
  if (n < 1000) {
    const rest = n % 100;
    return `${englishNumberWords(Math.floor(n / 100))} hundred${rest ? ` and ${englishNumberWords(rest)}` : ''}`;
  }
  return String(n);
}

// ---- units --------------------------------------------------------------------

export interface UnitInfo { unit: Unit; dayKind?: DayKind }

export const ZH_UNITS: Record<string, UnitInfo> = {
  自然日: { unit: 'day', dayKind: 'calendar' }, 日历日: { unit: 'day', dayKind: 'calendar' },
  工作日: { unit: 'day', dayKind: 'business' }, 营业日: { unit: 'day', dayKind: 'business' },
  小时: { unit: 'hour' }, 钟头: { unit: 'hour' }, 分钟: { unit: 'minute' },
  星期: { unit: 'week' }, 周: { unit: 'week' }, 周年: { unit: 'year' },
  月: { unit: 'month' }, 年: { unit: 'year' }, 天: { unit: 'day' }, 日: { unit: 'day' },
};

export const EN_UNITS: Record<string, Unit> = { minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };
export const EN_DAY_KINDS: Record<string, DayKind> = { calendar: 'calendar', business: 'business', working: 'business', banking: 'business' };

/** Unit names for display. */
export const UNIT_NAMES: Record<'zh' | 'en', Record<Unit | 'businessDay', [string, string]>> = {
  zh: { minute: ['分钟', '分钟'], hour: ['小时', '小时'], day: ['日', '日'], businessDay: ['个工作日', '个工作日'], week: ['周', '周'], month: ['个月', '个月'], year: ['年', '年'] },
  en: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], businessDay: ['business day', 'business days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
};

// ---- duration patterns --------------------------------------------------------

const ZH_NUM = '\\d{1,4}|[０-９]{1,4}|[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰]{1,8}';

/**
 * Chinese: [第](number)[（figures）][个](unit). Not after digits, ×, 月 (dates), 同/每/某/当;
 * not before × (7×24 service hours); 周岁 is an age.
 * Groups: 1 第, 2 number, 3 figures in brackets, 4 个, 5 unit.
 */
export const ZH_DURATION = new RegExp(
  `(?<![\\d０-９.×xX*＊月同每某当任])(第)?(${ZH_NUM})(?:\\s?[（(]\\s?(\\d{1,4})\\s?[）)])?\\s?(?![×xX*＊])(个)?` +
  '(自然日|日历日|工作日|营业日|小时|钟头|分钟|星期|周年|周(?!岁)|月|年|天|日)', 'g');

/** After a Chinese "年" these mean a date (2020年3月), not a period. */
export const ZH_YEAR_DATE_FOLLOW = /^[\d０-９一二三四五六七八九十]{1,2}月/;

/**
 * English: (words (figures) | figures | words | a/an) [calendar|business] unit, not "years of age".
 * Groups: 1 words, 2 figures in brackets, 3 digits, 4 words alone, 5 a/an, 6 qualifier, 7 unit.
 */
export const EN_DURATION = new RegExp(
  `\\b(?:(${EN_WORDS})\\s?\\((\\d{1,4})\\)|(\\d{1,4})|(${EN_WORDS})|(an?))[\\s-]{1,2}` +
  '(?:(calendar|business|working|banking)\\s)?(minute|hour|day|week|month|year)s?\\b(?![\'’]?\\s(?:of\\sage|old)\\b)', 'gi');

/** Vague or immediate deadlines: recognised, no number. */
export const ZH_VAGUE = /立即|立刻|即时|及时|尽快|合理期限|合理时间/g;
export const EN_VAGUE = /\b(?:immediately|promptly|without undue delay|as soon as (?:reasonably )?practicable|forthwith|within a reasonable (?:time|period))\b/gi;
export const IMMEDIATE = /^(?:立即|立刻|即时|immediately|forthwith)$/i;

/** Daily rates: 按日…万分之五, "per day" percentages. Groups: 1 the rate. */
export const ZH_RATE = /(?:按日|每日|每天|日)[^，。；,;\n]{0,12}?(万分之[零〇一二三四五六七八九十]{1,3}|千分之[零〇一二三四五六七八九十]{1,3}|百分之[零〇一二三四五六七八九十]{1,3}|\d{1,2}(?:\.\d{1,3})?[%‰])/g;
export const EN_RATE = /(\d{1,2}(?:\.\d{1,3})?\s?%)\s(?:per|a|each)\s(?:day|diem)\b/gi;

/** Equivalences stated beside a period: "7×24即168个小时" and "360（15 X24）个小时". */
export const EQUIV_PRODUCT_THEN_TOTAL = /(\d{1,4})\s?[×xX*＊]\s?(\d{1,4})\s?(?:即|=|＝|共|合计)\s?(\d{1,5})\s?(?:个)?小时/g;
export const EQUIV_TOTAL_THEN_PRODUCT = /(\d{1,5})\s?[（(]\s?(\d{1,4})\s?[×xX*＊]\s?(\d{1,4})\s?[）)]\s?(?:个)?小时/g;

/** A bracket right after a period that explains it: at most one nested bracket. */
export const EXPLANATION = /[（(][^（）()\n]{0,80}(?:[（(][^（）()\n]{0,20}[）)][^（）()\n]{0,80})?[）)]/y;
/** The agreement's own counting rule (Civil Code art. 204): "至第7日相同时刻为期限届满". */
export const SAME_CLOCK_RULE = /相同时刻|同一时刻|same time of day/;

// ---- bounds (Civil Code art. 1259) ---------------------------------------------

export type Bound = 'within' | 'expiry' | 'exceeds' | 'atLeast' | 'plain';

/** Words right after a Chinese period. */
export const ZH_BOUND_AFTER: { re: RegExp; bound: Bound; inclusive: boolean }[] = [
  { re: /^[）)]?\s?(?:以内|之内|内)/, bound: 'within', inclusive: true },
  { re: /^[）)]?\s?(?:届满|期满|满)/, bound: 'expiry', inclusive: true },
  { re: /^[）)]?\s?(?:以上|以下)/, bound: 'within', inclusive: true },
  { re: /^[）)]?\s?(?:以外)/, bound: 'exceeds', inclusive: false },
];
/** Words right before a Chinese period. */
export const ZH_BOUND_BEFORE: { re: RegExp; bound: Bound; inclusive: boolean }[] = [
  { re: /(?:超过|超出|逾)$/, bound: 'exceeds', inclusive: false },
  { re: /(?:不满|不足)$/, bound: 'within', inclusive: false },
  { re: /(?:至少|不少于|不低于)$/, bound: 'atLeast', inclusive: true },
  { re: /满$/, bound: 'expiry', inclusive: true },
];
export const EN_BOUND_BEFORE: { re: RegExp; bound: Bound; inclusive: boolean }[] = [
  { re: /\b(?:within|no later than|not later than|up to|no more than|not more than)\s(?:the\s)?$/i, bound: 'within', inclusive: true },
  { re: /\b(?:at least|not less than|no less than|a minimum of|minimum of)\s$/i, bound: 'atLeast', inclusive: true },
  { re: /\b(?:more than|exceeding|in excess of|over|longer than)\s$/i, bound: 'exceeds', inclusive: false },
];

/** "提前30天" / "届满前九十日" / "拍卖五日前": a period before the event. */
export const ZH_BEFORE_PREFIX = /(?:提前|(?:期满|届满|到期|终止|截止)前)\s?$/;
export const ZH_BEFORE_SUFFIX = /^[）)]?\s?(?:之前|以前|前)/;
/** "到期后7日之前" is still a period after the expiry. */
export const ZH_AFTER_PREFIX = /后\s?$/;
export const EN_BEFORE_SUFFIX = /^[’']?\s?(?:prior|before|in advance|preceding|ahead)\b/i;

// ---- anchors and triggers -------------------------------------------------------

export interface AnchorPhrase {
  re: RegExp;
  /** A trigger starts a sequence (T0); an event reference points at an earlier step of it. */
  kind: 'trigger' | 'event';
  key: string;
  label: { zh: string; en: string };
}

/** Chinese anchors, searched in the words before a period (the last match wins; at equal ends the longer). */
export const ZH_ANCHORS: AnchorPhrase[] = [
  { re: /首次(?:发生)?欠费|发生欠费|欠费(?:之[日时]|后|状态|满)|处于欠费|余额不足/g, kind: 'trigger', key: 'arrears', label: { zh: '首次欠费', en: 'first arrears' } },
  { re: /服务期(?:限)?(?:到期|届满|期满|终止)(?:后|之[日时])?|(?:服务|实例|项目|资源包)?(?:到期|期满)|期限届满/g, kind: 'trigger', key: 'expiry', label: { zh: '服务到期', en: 'expiry' } },
  { re: /下单|确认订单|订单确认/g, kind: 'trigger', key: 'order', label: { zh: '下单', en: 'order' } },
  { re: /交邮|寄出|发出通知|送达/g, kind: 'trigger', key: 'dispatch', label: { zh: '发出通知', en: 'dispatch' } },
  { re: /(?:协议|合同|服务)(?:终止|解除)(?:之[日时]|后)|终止后|解除后/g, kind: 'trigger', key: 'termination', label: { zh: '协议终止', en: 'termination' } },
  { re: /暂停[^，。；,;\n]{0,6}?之[时日]|被暂停之[日时]|暂停后|暂停之[时日]/g, kind: 'event', key: 'suspend', label: { zh: '暂停服务', en: 'suspension' } },
  { re: /停止[^，。；,;\n]{0,4}?后|停止之[时日]/g, kind: 'event', key: 'stop', label: { zh: '停止服务', en: 'stop' } },
];
/** "自X之日起", "X后": an anchor named by the text itself. Group 1: X. */
export const ZH_GENERIC_ANCHOR = /自([^，。；,;\n自]{1,16}?)(?:之[日时]|时|后)(?:起)?/g;

export const EN_ANCHORS: AnchorPhrase[] = [
  { re: /\b(?:terminat\w{0,6}|expir\w{0,5}|cancel\w{0,7})\b/gi, kind: 'trigger', key: 'termination', label: { zh: '协议终止', en: 'termination' } },
  { re: /\bsuspen\w{0,5}\b/gi, kind: 'event', key: 'suspend', label: { zh: '暂停服务', en: 'suspension' } },
  { re: /\binvoice\b/gi, kind: 'trigger', key: 'invoice', label: { zh: '开票', en: 'invoice date' } },
  { re: /\b(?:notice|notif\w{0,8})\b/gi, kind: 'trigger', key: 'notice', label: { zh: '通知', en: 'notice' } },
  { re: /\brequest\b/gi, kind: 'trigger', key: 'request', label: { zh: '请求', en: 'request' } },
  { re: /\b(?:becom\w{0,3} aware|discover\w{0,3}|learn\w{0,3} of)\b/gi, kind: 'trigger', key: 'awareness', label: { zh: '知悉', en: 'awareness' } },
  { re: /\b(?:receipt|receiv\w{0,3})\b/gi, kind: 'trigger', key: 'receipt', label: { zh: '收到', en: 'receipt' } },
  { re: /\b(?:the change|changes?) (?:taking|takes?) effect|\beffective date\b/gi, kind: 'trigger', key: 'change', label: { zh: '变更生效', en: 'change taking effect' } },
  { re: /\b(?:payment|paid)\b/gi, kind: 'trigger', key: 'payment', label: { zh: '付款', en: 'payment' } },
];
/** The words after "after/of/following/from/prior to" in English. Group 1: the anchor words. */
export const EN_ANCHOR_AFTER = /^[’']?\s?(?:prior\swritten\snotice\s|written\snotice\s|notice\s)?(?:after|of|following|from|prior\sto|before|in\sadvance\sof|preceding|upon)\s(?:the\s|your\s|its\s|such\s|any\s|a\s)?([a-z][a-z -]{0,48})/i;
export const EN_ANCHOR_BEFORE = /\b(?:upon|after|following|on)\s(?:the\s|any\s|such\s)?((?:terminat|expir|cancel|suspen)[a-z]{0,8})\b/gi;

// ---- actions --------------------------------------------------------------------

export interface ActionPhrase { re: RegExp; key: string; rank: number; label: { zh: string; en: string } }

/**
 * What happens when a period runs out, ranked by how final it is (notice 1 … deletion 6):
 * the rank orders a sequence (data is not deleted before the service is suspended).
 */
export const ZH_ACTIONS: ActionPhrase[] = [
  { re: /(?:删除|清空|清除|销毁)[^，。；,;\n]{0,8}?数据|数据[^，。；,;\n]{0,10}?(?:删除|清空|清除|销毁)|(?:将|被|会|并|时|予以)删除|删除(?:您|全部|所有)/g, key: 'delete', rank: 6, label: { zh: '删除数据', en: 'delete data' } },
  { re: /清空[^，。；,;\n]{0,6}?配置/g, key: 'clearConfig', rank: 5, label: { zh: '清空配置', en: 'clear configuration' } },
  { re: /释放/g, key: 'release', rank: 5, label: { zh: '释放实例', en: 'release resources' } },
  { re: /(?:终止|解除)(?!后|之)/g, key: 'terminate', rank: 4, label: { zh: '终止服务', en: 'terminate' } },
  { re: /停止(?!后|之)/g, key: 'stop', rank: 3, label: { zh: '停止服务', en: 'stop service' } },
  { re: /失效/g, key: 'lapse', rank: 3, label: { zh: '订单失效', en: 'order lapses' } },
  { re: /(?<!被)暂停(?!之|后|的|开始)[^，。；,;\n]{0,12}?部分功能/g, key: 'suspendPart', rank: 2, label: { zh: '暂停部分功能', en: 'suspend some functions' } },
  { re: /(?<!被)(?:暂停|冻结)(?!之|后|的|开始)/g, key: 'suspend', rank: 2, label: { zh: '暂停服务', en: 'suspend service' } },
  { re: /视为(?:已)?送达/g, key: 'delivered', rank: 1, label: { zh: '视为送达', en: 'deemed delivered' } },
  { re: /通知|公告|通告/g, key: 'notify', rank: 1, label: { zh: '通知', en: 'notice' } },
  { re: /续费|支付|付费|充值|补缴/g, key: 'pay', rank: 1, label: { zh: '付款/续费', en: 'payment' } },
  { re: /继续使用|仍可使用|保留|存储/g, key: 'grace', rank: 0, label: { zh: '宽限期', en: 'grace period' } },
];

export const EN_ACTIONS: ActionPhrase[] = [
  { re: /\b(?:delet\w{0,3}|destroy\w{0,3}|eras\w{1,3})\b/gi, key: 'delete', rank: 6, label: { zh: '删除数据', en: 'delete data' } },
  { re: /\bterminat(?:e|es|ed)\b/gi, key: 'terminate', rank: 4, label: { zh: '终止', en: 'terminate' } },
  { re: /\bsuspend(?:s|ed)?\b/gi, key: 'suspend', rank: 2, label: { zh: '暂停服务', en: 'suspend' } },
  { re: /\b(?:notify|notice|inform)\w{0,3}\b/gi, key: 'notify', rank: 1, label: { zh: '通知', en: 'notice' } },
  { re: /\b(?:pay|paid|payment)\b/gi, key: 'pay', rank: 1, label: { zh: '付款', en: 'payment' } },
  { re: /\bcur(?:e|es|ed|ing)\b/gi, key: 'cure', rank: 1, label: { zh: '补救', en: 'cure' } },
  { re: /\bobject\w{0,3}\b/gi, key: 'object', rank: 1, label: { zh: '异议', en: 'objection' } },
  { re: /\b(?:request|retriev\w{1,3}|export\w{0,3})\b/gi, key: 'request', rank: 1, label: { zh: '请求', en: 'request' } },
];

/**
 * Zero-offset consequences without a number: "服务到期服务即停止", "到期时暂停", "服务到期则服务终止",
 * "服务期到期或者…，则服务终止". Group 1: the trigger word, 2: the verb.
 */
export const ZH_IMPLICIT_EVENTS: RegExp[] = [
  /(到期|期满)(?:后|时)?[，,]?(?:则|即)?(?:服务|阿里云)?(?:即|将)?(停止|终止|暂停)/g,
  // The run excludes 到 so each 到期 is scanned only up to the next one: linear time.
  /(到期)[^。；;\n，,到]{0,30}[，,]则服务(终止|停止)/g,
];
/** "前一小时的服务费用": a billing period, not a deadline. */
export const ZH_BILLING_PERIOD_BEFORE = /(?<!提|期满|届满|到期|截止)前$/;
export const ZH_BILLING_PERIOD_AFTER = /^的/;

/** Characters that end a sentence; the strong ones end it even where "；" joins a consequence. */
export const ZH_SENTENCE_END = '。；;！？!?\n';
export const ZH_STRONG_SENTENCE_END = '。！？!?\n';
export const EN_SENTENCE_END_CHARS = ';!?\n';
