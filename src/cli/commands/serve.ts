import { optionInvalid } from '../../commonErrors.js';
import type { Command } from 'commander';
import { DealCalcError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { ServeOptions } from './optionTypes.js';
import { once } from '../options.js';

function badOption(message: string, hint: string): DealCalcError {
  return optionInvalid(message, hint);
}

/**
 * Reads --port: a whole number from 0 (a free port) to 65535.
 *
 * @example
 * parsePortOption('8080') //=> 8080
 * parsePortOption('65536') // throws OPTION_INVALID
 */
export function parsePortOption(text: string): number {
  const trimmed = text.trim();
  const port = /^\d{1,5}$/.test(trimmed) ? parseInt(trimmed, 10) : -1;
  if (port < 0 || port > 65535) {
    throw badOption(
      `--port "${text}" is not a port number`,
      'Give a port from 1 to 65535, or 0 for a free one (the address is printed).',
    );
  }
  return port;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** Whether text is an IPv6 address: eight groups, or fewer around one "::", the last two maybe IPv4. */
function isIpv6(text: string): boolean {
  if (!text.includes(':') || text.length > 45) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  const all = groups.flat();
  const last = all[all.length - 1] ?? '';
  const ipv4 = last.includes('.');
  if (ipv4 && !IPV4.test(last)) return false;
  const hex = ipv4 ? all.slice(0, -1) : all;
  if (!hex.every((g) => HEX_GROUP.test(g))) return false;
  const size = hex.length + (ipv4 ? 2 : 0);
  return halves.length === 2 ? size < 8 : size === 8;
}

/**
 * Reads --host: an IPv4 or IPv6 address (brackets allowed) or a host name.
 *
 * @example
 * parseHostOption('[::1]') //=> '::1'
 * parseHostOption('127.0.0.1:8080') // throws OPTION_INVALID
 * parseHostOption('http://example.org') // throws OPTION_INVALID
 */
export function parseHostOption(text: string): string {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, '$1');
  const valid =
    IPV4.test(trimmed) || isIpv6(trimmed) || (!/^[\d.]+$/.test(trimmed) && HOST_NAME.test(trimmed));
  if (!valid) {
    throw badOption(
      `--host "${text}" is not an address or a host name`,
      'Give an address such as 127.0.0.1 (the default), ::1 or 0.0.0.0, or a host name of this machine.',
    );
  }
  return trimmed;
}

/** `dealcalc serve`: the definition; the server loads only when it runs. */
export function defineServe(program: Command, context: CommandContext): void {
  program
    .command('serve')
    .description('serve the page that checks a pasted story, on this machine (Ctrl-C stops)')
    .option('--port <n>', 'the port (default 0: a free one, printed)', once('--port', parsePortOption))
    .option(
      '--host <address>',
      'the address to listen on (default 127.0.0.1; anything else is reachable from other machines)',
      once('--host', parseHostOption),
    )
    .option('--open', 'open the page in the browser (xdg-open)')
    .option(
      '--user-dir <dir>',
      'your own rate tables, given to the page read-only (default: DEALCALC_USER_DIR, else ~/.local/share/dealcalc)',
      once('--user-dir', (text) => text),
    )
    .option('--json', 'print the address as one JSON object')
    .addHelpText('after', '\nExamples:\n  dealcalc serve\n  dealcalc serve --port 8080 --open')
    .action(async (options: ServeOptions) => {
      const { serveCommand } = await import('../serveCommand.js');
      await serveCommand(options, context);
    });
}
