/**
 * Feature providers, one small module each, grouped by LSP request. The server asks
 * the providers of a request in order: for hover, definition, rename and prepareRename
 * the first answer wins; for the rest the answers are concatenated. A feature area
 * (references, terms, timelines) adds its providers to these lists.
 */
import type {
  CodeAction, CodeActionParams, CodeLens, CompletionItem, CompletionParams, DocumentLink, Hover,
  Location, Range, WorkspaceEdit,
} from 'vscode-languageserver';
import type { DocumentModel } from '../core/model';
import type { Finding } from '../core/diagnostics';

/** What a provider may read besides its own document. */
export interface FeatureContext {
  model: DocumentModel;
  /** Computed on first read (lint.ts): providers that do not read it do not wait for the rules. */
  readonly findings: Finding[];
  /** Models of the other open (or indexed) documents in the workspace. */
  workspace: () => DocumentModel[];
}

export interface SemanticToken { start: number; end: number; type: SemanticTokenType; modifiers?: SemanticTokenModifier[] }

/** Standard token types, so every theme colours them. */
export const SEMANTIC_TOKEN_TYPES = ['namespace', 'variable', 'property', 'function', 'string', 'number', 'keyword', 'macro', 'label', 'enumMember', 'type', 'parameter', 'event', 'operator', 'decorator'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'definition', 'readonly', 'deprecated', 'documentation'] as const;
export type SemanticTokenType = typeof SEMANTIC_TOKEN_TYPES[number];
export type SemanticTokenModifier = typeof SEMANTIC_TOKEN_MODIFIERS[number];

export interface Providers {
  hover: ((ctx: FeatureContext, offset: number) => Hover | null | undefined)[];
  definition: ((ctx: FeatureContext, offset: number) => Location[] | null | undefined)[];
  references: ((ctx: FeatureContext, offset: number, includeDeclaration: boolean) => Location[] | null | undefined)[];
  prepareRename: ((ctx: FeatureContext, offset: number) => { range: Range; placeholder: string } | null | undefined)[];
  rename: ((ctx: FeatureContext, offset: number, newName: string) => WorkspaceEdit | null | undefined)[];
  codeLens: ((ctx: FeatureContext) => CodeLens[])[];
  completion: ((ctx: FeatureContext, offset: number, params: CompletionParams) => CompletionItem[])[];
  codeActions: ((ctx: FeatureContext, params: CodeActionParams) => CodeAction[])[];
  documentLinks: ((ctx: FeatureContext) => DocumentLink[])[];
  semanticTokens: ((ctx: FeatureContext) => SemanticToken[])[];
}

export const PROVIDERS: Providers = {
  hover: [],
  definition: [],
  references: [],
  prepareRename: [],
  rename: [],
  codeLens: [],
  completion: [],
  codeActions: [],
  documentLinks: [],
  semanticTokens: [],
};

