import { validateData } from '../../shared/cli/commands/validate-data.js';
import { runAction } from '../../shared/runtime/action.js';

await runAction(() => validateData);
