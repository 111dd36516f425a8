/**
 * The `clausewise` command: the same analysis as the language server, for CI and for
 * people without VS Code. Exit codes: 0 no errors, 1 errors found, 2 bad usage or an
 * unreadable file. A user never sees a stack trace.
 */
import { resolve as resolvePath } from 'node:path';
import { readFileSync } from 'node:fs';
import { lint, type LintResult } from '../core/lint';
import { applyEdits, fixAllEdits } from '../core/fixAll';
import { writeFileSync } from 'node:fs';
import { toSarif } from './sarif';
import { reportData } from '../core/report/data';
import { renderHtml } from '../core/report/html';
import { renderMarkdown } from '../core/report/markdown';
import { reportAssets } from '../core/report/assets';

const VERSION = '0.1.0';
import { ConfigResolver, configuredLintOptions } from '../core/config';
import { configFindings } from '../core/configFindings';
import { readSettings } from '../core/settings';
import { RULES } from '../core/rules';
import { expandArguments, readText, UsageError } from './files';
import { formatFindings, formatOutline } from './format';
import { timelinesJson, timelinesText } from '../core/timelines';
import { parseStart } from '../core/timelines/dates';

const HELP = `clausewise — check legal agreements written in Markdown

Usage:
  clausewise check <files|folders|globs>... [--format text|json|sarif] [--agreement auto|always|never] [--no-config] [--fix]
  clausewise outline <file> [--format text|json]
  clausewise timeline <file> [--start 2026-03-01T00:00] [--format text|json]   computed deadlines
  clausewise report <file> [--format html|md] [--start 2026-03-01T09:00] [-o report.html]
                              a self-contained review report for colleagues without VS Code
  clausewise rules            list the rule codes
  clausewise --help | --version

Exit codes: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

interface Parsed { command: string; paths: string[]; format: string; agreement: string; agreementGiven: boolean; noConfig: boolean; fix: boolean; start?: string; output?: string }

/** A file's result: its model and findings read out (a lint result computes its findings when read, and a spread would not copy them). */
function checked(file: string, result: LintResult) {
  return { file, model: result.model, findings: result.findings, truncated: result.truncated };
}

function parseArgs(argv: string[]): Parsed {
  const out: Parsed = { command: '', paths: [], format: 'text', agreement: 'auto', agreementGiven: false, noConfig: false, fix: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) out.format = value();
    else if (a === '--agreement' || a.startsWith('--agreement=')) { out.agreement = value(); out.agreementGiven = true; }
    else if (a === '--no-config') out.noConfig = true;
    else if (a === '--fix') out.fix = true;
    else if (a === '-o' || a === '--output' || a.startsWith('--output=')) out.output = value();
    else if (a === '--start' || a.startsWith('--start=')) out.start = value();
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!out.command) out.command = a;
    else out.paths.push(a);
  }
  return out;
}

export function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s), writeError: (s: string) => void = (s) => process.stderr.write(s)): number {
  try {
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) { write(HELP + '\n'); return argv.length === 0 ? 2 : 0; }
    if (argv.includes('--version')) { write('clausewise 0.1.0\n'); return 0; }
    const args = parseArgs(argv);
    const { settings, problems } = readSettings({ agreementDetection: args.agreement });
    if (problems.length) throw new UsageError(problems.join('; '));
    /** A file's configuration, with --agreement (when given) over what its config files say. */
    const configOf = (resolver: ConfigResolver, file: string) => {
      const config = resolver.resolve(resolvePath(file));
      if (args.agreementGiven) { config.settings.agreementDetection = settings.agreementDetection; config.forcedAgreement = false; }
      return config;
    };
    switch (args.command) {
      case 'check': {
        if (!['text', 'json', 'sarif'].includes(args.format)) throw new UsageError(`--format must be text, json or sarif, not ${args.format}`);
        if (!args.paths.length) throw new UsageError('check needs at least one file, folder or glob');
        const files = expandArguments(args.paths);
        const configs = new ConfigResolver(!args.noConfig);
        let fixedCount = 0;
        const problems: Parameters<typeof configFindings>[0] = [];
        const results = files.map((file) => {
          const config = configOf(configs, file);
          problems.push(...config.problems);
          const text = readText(file);
          const result = lint(text, configuredLintOptions(file, config));
          if (!args.fix) return checked(file, result);
          // --fix: apply the same edits as "Fix all Clausewise problems", then report what remains.
          const edits = fixAllEdits(result.findings);
          if (!edits.length) return checked(file, result);
          const fixed = applyEdits(text, edits);
          writeFileSync(file, fixed);
          fixedCount += edits.length;
          return checked(file, lint(fixed, configuredLintOptions(file, config)));
        });
        const configResults = configFindings(problems, (f) => readFileSync(f, 'utf8'));
        if (args.format === 'sarif') write(JSON.stringify(toSarif([...configResults, ...results.map((r) => ({ file: r.file, lines: r.model.lines, findings: r.findings }))], VERSION), null, 2) + '\n');
        else write(formatFindings(results, args.format, configResults));
        if (args.fix && args.format === 'text') write(`${fixedCount} fix${fixedCount === 1 ? '' : 'es'} applied\n`);
        return [...results, ...configResults].some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
      }
      case 'outline': {
        if (args.paths.length !== 1) throw new UsageError('outline needs exactly one file');
        if (!['text', 'json'].includes(args.format)) throw new UsageError(`--format must be text or json, not ${args.format}`);
        const file = expandArguments(args.paths)[0];
        const config = configOf(new ConfigResolver(!args.noConfig), file);
        const { model } = lint(readText(file), configuredLintOptions(file, config));
        write(formatOutline(model, args.format));
        return 0;
      }
      case 'timeline': {
        if (args.paths.length !== 1) throw new UsageError('timeline needs exactly one file');
        if (!['text', 'json'].includes(args.format)) throw new UsageError(`--format must be text or json, not ${args.format}`);
        if (args.start !== undefined && !parseStart(args.start)) throw new UsageError(`--start must be a date like 2026-03-01 or 2026-03-01T09:00, not ${args.start}`);
        const file = expandArguments(args.paths)[0];
        const config = new ConfigResolver(!args.noConfig).resolve(resolvePath(file));
        const { model } = lint(readText(file), configuredLintOptions(file, config));
        write(args.format === 'json' ? JSON.stringify(timelinesJson(model, { start: args.start }), null, 2) + '\n' : timelinesText(model, { start: args.start }));
        return 0;
      }
      case 'report': {
        if (args.paths.length !== 1) throw new UsageError('report needs exactly one file');
        const format = args.format === 'text' ? 'html' : args.format;
        if (!['html', 'md'].includes(format)) throw new UsageError(`--format must be html or md, not ${args.format}`);
        if (args.start && !parseStart(args.start)) throw new UsageError(`--start must be a date like 2026-03-01 or 2026-03-01T09:00, not ${args.start}`);
        const file = expandArguments(args.paths)[0];
        const config = configOf(new ConfigResolver(!args.noConfig), file);
        const { model, findings } = lint(readText(file), configuredLintOptions(file, config));
        const data = reportData(file.split(/[\\/]/).pop()!, model, findings, { start: args.start });
        const out = format === 'html' ? renderHtml(data, reportAssets()) : renderMarkdown(data);
        if (args.output) { writeFileSync(args.output, out); write(`wrote ${args.output}\n`); } else write(out);
        return 0;
      }
      case 'rules':
        write(RULES.map((r) => `${r.code.padEnd(24)} ${(r.defaultOff ? 'off' : r.defaultSeverity).padEnd(12)} ${r.description}`).join('\n') + '\n');
        return 0;
      default:
        throw new UsageError(args.command ? `unknown command "${args.command}"` : 'missing command');
    }
  } catch (e) {
    if (e instanceof UsageError) { writeError(`clausewise: ${e.message}\n${e.message.startsWith('cannot read') ? '' : 'Run clausewise --help for usage.\n'}`); return 2; }
    writeError(`clausewise: internal error: ${e instanceof Error ? e.message : String(e)}\nPlease report this with the file that caused it.\n`);
    return 2;
  }
}

if (require.main === module) {
  process.stdout.on('error', () => process.exit(0)); // output piped into `head` and closed
  process.exitCode = main(process.argv.slice(2));
}
