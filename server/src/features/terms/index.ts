/** Defined terms in the editor: hover, definition, references, rename, completion, semantic tokens. */
import { PROVIDERS } from '../registry';
import { termHover } from './hover';
import { termDefinition, termReferences } from './navigation';
import { termPrepareRename, termRename } from './rename';
import { termCompletion } from './completion';
import { termSemanticTokens } from './semanticTokens';

PROVIDERS.hover.push(termHover);
PROVIDERS.definition.push(termDefinition);
PROVIDERS.references.push(termReferences);
PROVIDERS.prepareRename.push(termPrepareRename);
PROVIDERS.rename.push(termRename);
PROVIDERS.completion.push((ctx) => termCompletion(ctx));
PROVIDERS.semanticTokens.push(termSemanticTokens);
