import { validateData } from '../../shared/cli/commands/validate-data.js';
import { entry } from '../../shared/cli/entry.js';
import { runAction } from '../../shared/runtime/action.js';

await entry(() => runAction(() => validateData));
