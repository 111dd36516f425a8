/** Registers the review-workflow providers (quick fixes from findings, suppressions, fix all). */
import { PROVIDERS } from './registry';
import { codeActions } from './fixes';

PROVIDERS.codeActions.push(codeActions);
