import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { errorFrom, hinted } from '../errors.js';
import { shippedDataDir } from '../node/dataDir.js';
import { resolveUserDir } from '../node/userDir.js';
import { isLoopbackHost, PAGE_FILES, startStaticServer, webPageDir } from '../node/staticServer.js';
import type { ServeOptions } from './commands/optionTypes.js';
import type { CommandContext } from './context.js';
import { optionInvalid } from '../commonErrors.js';
import { dataMissing } from '../store/storeErrors.js';

/** The first executable of this name on the PATH, or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function openInBrowser(url: string, context: CommandContext): void {
  const opener = onPath('xdg-open');
  if (opener === undefined) {
    context.io.stderr(`dealcalc: --open: xdg-open is not installed here; open ${url} in a browser\n`);
    return;
  }
  const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
  child.on('error', (error) => context.io.stderr(`dealcalc: --open: ${opener} failed (${error.message})\n`));
  child.unref();
}

/**
 * The warning for a server reachable from other machines, or null on loopback.
 *
 * @example
 * nonLoopbackWarning('127.0.0.1') //=> null
 * nonLoopbackWarning('0.0.0.0').startsWith('dealcalc: warning: serving on 0.0.0.0') //=> true
 */
export function nonLoopbackWarning(host: string): string | null {
  if (isLoopbackHost(host)) return null;
  return `dealcalc: warning: serving on ${host}, not on this machine alone: anyone who can reach it can load the page and the tables (pasted text still stays in each reader's browser)\n`;
}

/**
 * The serve command's work: start the server, print its address, stop cleanly on Ctrl-C
 * (SIGINT) or SIGTERM. Resolves when the server has stopped.
 */
export async function serveCommand(options: ServeOptions, context: CommandContext): Promise<void> {
  const pageDir = webPageDir();
  if (!PAGE_FILES.every((file) => existsSync(join(pageDir, file)))) {
    throw errorFrom({
      ...dataMissing(pageDir, `the page is not built: it lacks ${PAGE_FILES.join(', ')}`),
      ...hinted('Build it with `npm run build` (or `npm run build:web`), or reinstall dealcalc.'),
    });
  }
  const host = options.host ?? '127.0.0.1';
  if (options.userDir !== undefined && options.userDir.trim() === '') {
    throw optionInvalid(
      '--user-dir is empty',
      'Name the folder of your own rate tables, or leave the {userDir} out for the default.',
    );
  }
  // The user's imported tables go to the page too (read-only), as every command reads them.
  const userDir = resolveUserDir(options.userDir, context.io.env ?? {})?.dir;
  const server = await startStaticServer({
    pageDir,
    dataDir: shippedDataDir(),
    ...(userDir === undefined ? {} : { userDir }),
    host,
    port: options.port ?? 0,
  });
  // Ctrl-C (SIGINT) and SIGTERM stop the server; listen for them before saying where it is.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const warning = nonLoopbackWarning(host);
  if (warning !== null) context.io.stderr(warning);
  context.io.stdout(
    options.json
      ? `${JSON.stringify({ url: server.url, host: server.host, port: server.port })}\n`
      : `serving the page at ${server.url} (Ctrl-C stops)\n`,
  );
  if (options.open) openInBrowser(server.url, context);
  await stopped;
  if (!options.json) context.io.stdout('stopped\n');
}
