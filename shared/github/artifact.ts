/**
 * Uploads files (a gate's report bundle, a trained model) as a workflow artifact with @actions/artifact. Only where the
 * runner gives actions its artifact service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL); a failed
 * upload is a warning, never a failed gate. The library (and its storage SDK) is loaded only then.
 */
import { basename } from 'node:path';
import { errorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';

type Env = Readonly<Record<string, string | undefined>>;

/** True when this process can reach the Actions artifact service. */
export function canUploadArtifacts(env: Env): boolean {
  return (env.ACTIONS_RUNTIME_TOKEN ?? '') !== '' && (env.ACTIONS_RESULTS_URL ?? '') !== '';
}

/**
 * Uploads `files` (all in `rootDirectory`) as artifact `name`; returns its id, or undefined when not
 * uploaded. `what` names the files in the log.
 */
export async function uploadArtifact(
  name: string,
  files: readonly string[],
  rootDirectory: string,
  env: Env,
  logger: Logger,
  what = 'the report bundle'
): Promise<number | undefined> {
  if (!canUploadArtifacts(env)) {
    logger.debug(`Not uploading artifact ${name}: no Actions artifact service in this environment.`);
    return undefined;
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory, {
      compressionLevel: 6
    });
    logger.info(`Uploaded ${what} as artifact ${name} (${files.map((file) => basename(file)).join(', ')}).`);
    return response.id;
  } catch (error) {
    logger.warning(
      `mlgate could not upload ${what} as artifact ${name}: ${errorMessage(error)}. It is in ${rootDirectory}; with several steps in one run, give each its own artifact-name.`
    );
    return undefined;
  }
}
