/** Findings: what a rule reports, before it becomes an LSP diagnostic or a CLI line. */
import type { Span } from './model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Related { span: Span; message: string }

/** A text replacement, in document offsets. */
export interface TextEdit { span: Span; newText: string }

export interface Fix { title: string; edits: TextEdit[]; preferred?: boolean }

export interface Finding {
  code: string;
  severity: Severity;
  span: Span;
  message: string;
  related?: Related[];
  fixes?: Fix[];
}

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];
