/**
 * Writes schemas/clausewise.schema.json (the JSON schema VS Code uses to validate and
 * complete .clausewise.json / .clausewise.yaml) from the rule registry, so the list of
 * codes cannot drift. Run: npx tsx scripts/schema.ts (a test checks it is current).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';

export function configSchema(): object {
  const severity = { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Clausewise configuration',
    description: 'Settings for the files in this folder and below. The nearest file wins key by key; "root": true stops the search upwards.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Do not read configuration files in parent folders.' },
      agreementDetection: { type: 'string', enum: ['auto', 'always', 'never'], description: 'auto: decide from the content; always: every Markdown file is an agreement; never: check nothing.' },
      language: { type: 'string', enum: ['zh', 'en'], description: 'The documents\' language when detection is wrong (messages and patterns).' },
      agreements: { type: 'array', items: { type: 'string' }, description: 'Glob patterns, relative to this file, of files that are agreements whatever their content and agreementDetection.' },
      severity: {
        type: 'object', additionalProperties: false, description: 'Severity per rule code, or "off".',
        properties: Object.fromEntries(RULES.map((r) => [r.code, { ...severity, description: `${r.description} (default: ${r.defaultOff ? 'off' : r.defaultSeverity})` }])),
      },
      timeline: {
        type: 'object', additionalProperties: false, description: 'How computed timelines are dated.',
        properties: {
          start: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$', description: 'Default start (T0) of timelines, e.g. 2026-03-01T09:00.' },
          counting: { type: 'string', enum: ['prc-civil-code', 'common-law'], description: 'How periods are counted. Default: by the document language.' },
          holidays: { type: 'string', pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$', description: 'Holiday calendar for business days, e.g. CN, US, GB-ENG.' },
        },
      },
    },
  };
}

export const SCHEMA_PATH = join(__dirname, '..', 'schemas', 'clausewise.schema.json');

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, JSON.stringify(configSchema(), null, 2) + '\n');
  console.log(`wrote ${SCHEMA_PATH}`);
}
