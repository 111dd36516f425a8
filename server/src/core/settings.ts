/** Settings the server and the CLI understand, with their defaults and validation. */
import type { DetectionMode } from './detect';
import type { SeveritySetting } from './diagnostics';
import { RULES } from './rules';
import { defineMessages } from './messages';
import type { Language } from './model';

/** In the editor's UI language (the server gets it as the LSP `locale`). */
export const settingsMessage = defineMessages({
  'detection': {
    en: 'agreementDetection must be "auto", "always" or "never", not {0}',
    zh: 'agreementDetection 只能是 "auto"、"always" 或 "never"，而不是 {0}',
  },
  'unknown-code': { en: 'unknown rule code "{0}"', zh: '未知的规则代码 "{0}"' },
  'severity': {
    en: 'severity of {0} must be error, warning, information, hint or off',
    zh: '{0} 的级别只能是 error、warning、information、hint 或 off',
  },
  'summary': {
    en: 'Clausewise settings: {0}. Defaults are used for these.',
    zh: 'Clausewise 设置有误：{0}。这些设置已改用默认值。',
  },
});

/** The UI language from an LSP locale ("zh-cn", "zh-tw", "en-us"). */
export function uiLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export interface Settings {
  agreementDetection: DetectionMode;
  severity: Record<string, SeveritySetting>;
  language?: string;
}

export const DEFAULT_SETTINGS: Settings = { agreementDetection: 'auto', severity: {} };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts anything (user JSON); returns valid settings and a list of what was wrong. */
export function readSettings(raw: unknown, language: Language = 'en'): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, severity: {} };
  if (!raw || typeof raw !== 'object') return { settings, problems };
  const r = raw as Record<string, unknown>;
  if (r.agreementDetection !== undefined) {
    if (r.agreementDetection === 'auto' || r.agreementDetection === 'always' || r.agreementDetection === 'never') settings.agreementDetection = r.agreementDetection;
    else problems.push(settingsMessage(language, 'detection', JSON.stringify(r.agreementDetection)));
  }
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, level] of Object.entries(r.severity as Record<string, unknown>)) {
      if (!RULES.some((rule) => rule.code === code)) { problems.push(settingsMessage(language, 'unknown-code', code)); continue; }
      if (typeof level !== 'string' || !SEVERITIES.has(level)) { problems.push(settingsMessage(language, 'severity', code)); continue; }
      settings.severity[code] = level as SeveritySetting;
    }
  }
  if (typeof r.language === 'string' && (r.language === 'zh' || r.language === 'en')) settings.language = r.language;
  return { settings, problems };
}
