import { writeFile } from 'node:fs/promises';
import { draftSuite, renderSuiteYaml } from '../../checks/suggest-suite.js';
import { validate } from '../../checks/validate.js';
import type { Command } from '../../runtime/command.js';
import { commandInfo } from '../commands.js';
import { input } from '../../runtime/inputs.js';

export const suggestInputs = {
  reference: input.text('The reference data set (path or glob) to draft the suite from.', { required: true }),
  suite: input.text('The name of the drafted suite.', { default: 'default' }),
  output: input.text('Write the draft to this file instead of printing it.')
};

/** suggest: drafts an expectation suite (mlgate.yml) from a reference data set. */
export const suggest: Command<typeof suggestInputs> = {
  ...commandInfo('suggest'),
  inputs: suggestInputs,
  outputs: { suite: 'Path of the drafted suite, when written to a file.' },
  async run(inputs, host) {
    const reference = inputs.reference!;
    const outcome = await validate(
      { data: reference, types: {}, expectations: [], examples: 0 },
      host.logger
    );
    const rows = outcome.details.data.rows;
    const yaml = renderSuiteYaml(inputs.suite!, draftSuite(outcome.details.profile, rows), reference, rows);
    if (inputs.output === undefined) {
      host.print(yaml);
    } else {
      await writeFile(inputs.output, yaml);
      host.setOutput('suite', inputs.output);
      host.logger.info(`Drafted ${inputs.output} from ${reference}.`);
    }
    return { ok: true, message: '' };
  }
};
