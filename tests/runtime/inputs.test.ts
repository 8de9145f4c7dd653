import { describe, expect, it } from '@jest/globals';
import { checkInputNames, input, readInputs } from '../../shared/runtime/inputs.js';
import { CliHost } from '../../shared/runtime/cli-host.js';
import { ConfigurationError } from '../../shared/runtime/errors.js';
import { execute, ExitCode, type Command } from '../../shared/runtime/command.js';

const spec = {
  data: input.text('data', { required: true }),
  'fail-on': input.choice('fail on', ['error', 'warning', 'never'] as const, 'error'),
  upload: input.flag('upload', true),
  confidence: input.number('confidence', { min: 0, max: 1 }),
  rounds: input.number('rounds', { integer: true, min: 1, default: 100 }),
  token: input.secret('token')
};

function read(
  values: Record<string, string>,
  masked: string[] = []
): ReturnType<typeof readInputs<typeof spec>> {
  return readInputs(
    spec,
    (name) => values[name],
    (secret) => masked.push(secret)
  );
}

describe('readInputs', () => {
  it('applies defaults and parses types strictly', () => {
    const masked: string[] = [];
    expect(read({ data: 'x.csv', upload: 'FALSE', confidence: '0.95', token: 's3cret' }, masked)).toEqual({
      data: 'x.csv',
      'fail-on': 'error',
      upload: false,
      confidence: 0.95,
      rounds: 100,
      token: 's3cret'
    });
    expect(masked).toEqual(['s3cret']);
  });

  it('names every bad input and what it expected', () => {
    expect(() => read({ upload: 'yes', 'fail-on': 'maybe', confidence: '1.5', rounds: '2.5' })).toThrow(
      new ConfigurationError(
        'input `data` is required; input `fail-on`: expected one of error, warning, never, got `maybe`; input `upload`: expected true or false, got `yes`; input `confidence`: expected a number from 0 to 1, got `1.5`; input `rounds`: expected an integer ≥ 1, got `2.5`'
      )
    );
    expect(() => read({ data: 'x', confidence: '0x1' })).toThrow(
      'input `confidence`: expected a number from 0 to 1, got `0x1`'
    );
  });

  it('refuses unknown CLI flags with a suggestion', () => {
    expect(() => {
      checkInputNames(spec, ['data', 'fail_on'], 'mlgate x');
    }).toThrow('mlgate x: unknown option `--fail_on` (did you mean `--fail-on`?)');
    expect(() => {
      checkInputNames(spec, ['data'], 'mlgate x');
    }).not.toThrow();
  });
});

describe('CliHost and execute', () => {
  function capture(): {
    out: string[];
    err: string[];
    streams: { stdout: { write(t: string): boolean }; stderr: { write(t: string): boolean } };
  } {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      streams: { stdout: { write: (t) => out.push(t) > 0 }, stderr: { write: (t) => err.push(t) > 0 } }
    };
  }

  it('prints outputs on stdout, masks secrets in logs and annotations', () => {
    const { out, err, streams } = capture();
    const host = new CliHost(new Map([['token', 'hunter2']]), {}, streams);
    host.mask('hunter2');
    host.setOutput('passed', 'true');
    host.setOutput('multi', 'a\nb');
    host.logger.info('token is hunter2');
    host.annotate({ level: 'error', message: 'bad hunter2', file: 'a.csv', line: 3 });
    host.annotate({ level: 'warning', message: 'no file' });
    expect(out).toEqual(['passed=true\n', 'multi="a\\nb"\n']);
    expect(err).toEqual(['token is ***\n', 'a.csv:3: error: bad ***\n', 'warning: no file\n']);
  });

  it('classifies outcomes: gate failure 1, user error 2, bug 3 with its stack', async () => {
    const { streams } = capture();
    const host = new CliHost(new Map([['data', 'x']]), {}, streams);
    const command = (run: Command<typeof spec>['run']): Command<typeof spec> => ({
      name: 't',
      description: '',
      inputs: spec,
      outputs: {},
      run
    });
    expect(
      await execute(
        command(() => Promise.resolve({ ok: true, message: '' })),
        host
      )
    ).toEqual({ exitCode: ExitCode.Ok, failure: '' });
    expect(
      await execute(
        command(() => Promise.resolve({ ok: false, message: 'gate failed' })),
        host
      )
    ).toEqual({ exitCode: 1, failure: 'gate failed' });
    expect(
      await execute(
        command(() => Promise.reject(new ConfigurationError('mlgate.yml:3:1: bad'))),
        host
      )
    ).toEqual({ exitCode: 2, failure: 'mlgate.yml:3:1: bad' });
    const bug = await execute(
      command(() => Promise.reject(new TypeError('x is undefined'))),
      host
    );
    expect(bug.exitCode).toBe(3);
    expect(bug.failure).toBe(
      'mlgate t failed unexpectedly: x is undefined. This is a bug in mlgate; please report it with the log.'
    );
    expect(bug.stack).toContain('TypeError: x is undefined');
  });
});
