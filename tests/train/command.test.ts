/** Command mode's process handling: word splitting, live output, exit codes, timeouts. */
import { describe, expect, it } from '@jest/globals';
import { commandArgv, runCommand, splitWords } from '../../shared/train/command.js';
import { ConfigurationError, TrainingError } from '../../shared/runtime/errors.js';
import { RecordingLogger } from '../../shared/runtime/logger.js';

describe('splitWords', () => {
  it('splits like a shell without expanding anything', () => {
    expect(splitWords('python train.py --lr 0.1')).toEqual(['python', 'train.py', '--lr', '0.1']);
    expect(splitWords(`Rscript "my script.R" 'a b' c\\ d $HOME *.csv`)).toEqual([
      'Rscript',
      'my script.R',
      'a b',
      'c d',
      '$HOME',
      '*.csv'
    ]);
    expect(splitWords(`echo "say \\"hi\\"" ''`)).toEqual(['echo', 'say "hi"', '']);
  });

  it('refuses an unterminated quote', () => {
    expect(() => splitWords('python "train.py')).toThrow(
      new ConfigurationError('command: unterminated " quote in python "train.py')
    );
  });

  it('uses /bin/sh only when asked', () => {
    expect(commandArgv({ command: 'a | b', shell: true })).toEqual(['/bin/sh', '-c', 'a | b']);
    expect(commandArgv({ command: ['python', 'x y.py'], shell: false })).toEqual(['python', 'x y.py']);
    expect(() => commandArgv({ command: '  ', shell: false })).toThrow('command: empty command');
  });
});

describe('runCommand', () => {
  it('streams stdout and stderr lines into a log group and passes the environment', async () => {
    const logger = new RecordingLogger();
    await runCommand(
      {
        command: ['/bin/sh', '-c', 'echo "seed $MLGATE_SEED"; echo oops >&2; printf tail'],
        shell: false,
        timeout: 1
      },
      { MLGATE_SEED: '7' },
      logger
    );
    expect(logger.messages('group')).toEqual([
      'Training: /bin/sh -c echo "seed $MLGATE_SEED"; echo oops >&2; printf tail'
    ]);
    expect(logger.messages('info').sort()).toEqual(['oops', 'seed 7', 'tail']);
  });

  it('fails with the exit code, the signal, or a missing program', async () => {
    const logger = new RecordingLogger();
    await expect(runCommand({ command: 'exit 3', shell: true, timeout: 1 }, {}, logger)).rejects.toThrow(
      new TrainingError('command: /bin/sh -c exit 3 failed with exit code 3')
    );
    await expect(runCommand({ command: 'kill -9 $$', shell: true, timeout: 1 }, {}, logger)).rejects.toThrow(
      'command: /bin/sh -c kill -9 $$ was killed by SIGKILL'
    );
    await expect(
      runCommand({ command: ['mlgate-no-such-program'], shell: false, timeout: 1 }, {}, logger)
    ).rejects.toThrow('command: mlgate-no-such-program not found (is it installed and on PATH?)');
  });

  it('stops the whole process group at the timeout', async () => {
    const logger = new RecordingLogger();
    const started = Date.now();
    await expect(
      runCommand({ command: 'sleep 30 & sleep 30; wait', shell: true, timeout: 0.01 }, {}, logger)
    ).rejects.toThrow(
      'command: /bin/sh -c sleep 30 & sleep 30; wait ran past the timeout of 0.01 minutes and was stopped'
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
