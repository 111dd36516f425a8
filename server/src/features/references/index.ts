/** Cross-reference features: each provider is one small reader of model.references. */
import { PROVIDERS } from '../registry';
import { referenceDefinition } from './definition';
import { referenceHover } from './hover';
import { clauseReferences } from './references';
import { referenceLenses } from './codeLens';
import { referenceLinks } from './documentLinks';
import { clauseCompletion } from './completion';
import { prepareClauseRename, clauseRename } from './rename';
import { referenceCodeActions } from './codeActions';
import { crossFileDefinition, crossFileHover } from './crossFile';

PROVIDERS.definition.push(referenceDefinition, crossFileDefinition);
PROVIDERS.hover.push(crossFileHover, referenceHover); // cross-file first: it answers only when the annex file is found
PROVIDERS.references.push(clauseReferences);
PROVIDERS.codeLens.push(referenceLenses);
PROVIDERS.documentLinks.push(referenceLinks);
PROVIDERS.completion.push(clauseCompletion);
PROVIDERS.prepareRename.push(prepareClauseRename);
PROVIDERS.rename.push(clauseRename);
PROVIDERS.codeActions.push(referenceCodeActions);
