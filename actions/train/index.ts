import { train } from '../../shared/cli/commands/train.js';
import { entry } from '../../shared/cli/entry.js';
import { runAction } from '../../shared/runtime/action.js';

await entry(() => runAction(() => train));
