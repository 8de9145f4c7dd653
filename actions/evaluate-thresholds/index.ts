import { evaluateThresholds } from '../../shared/cli/commands/evaluate-thresholds.js';
import { entry } from '../../shared/cli/entry.js';
import { runAction } from '../../shared/runtime/action.js';

await entry(() => runAction(() => evaluateThresholds));
