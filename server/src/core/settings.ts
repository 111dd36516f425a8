/** Settings the server and the CLI understand, with their defaults and validation. */
import type { DetectionMode } from './detect';
import type { SeveritySetting } from './diagnostics';
import { RULES } from './rules';

export interface Settings {
  agreementDetection: DetectionMode;
  severity: Record<string, SeveritySetting>;
  language?: string;
}

export const DEFAULT_SETTINGS: Settings = { agreementDetection: 'auto', severity: {} };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts anything (user JSON); returns valid settings and a list of what was wrong. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, severity: {} };
  if (!raw || typeof raw !== 'object') return { settings, problems };
  const r = raw as Record<string, unknown>;
  if (r.agreementDetection !== undefined) {
    if (r.agreementDetection === 'auto' || r.agreementDetection === 'always' || r.agreementDetection === 'never') settings.agreementDetection = r.agreementDetection;
    else problems.push(`agreementDetection must be "auto", "always" or "never", not ${JSON.stringify(r.agreementDetection)}`);
  }
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, level] of Object.entries(r.severity as Record<string, unknown>)) {
      if (!RULES.some((rule) => rule.code === code)) { problems.push(`unknown rule code "${code}"`); continue; }
      if (typeof level !== 'string' || !SEVERITIES.has(level)) { problems.push(`severity of ${code} must be error, warning, information, hint or off`); continue; }
      settings.severity[code] = level as SeveritySetting;
    }
  }
  if (typeof r.language === 'string' && (r.language === 'zh' || r.language === 'en')) settings.language = r.language;
  return { settings, problems };
}
