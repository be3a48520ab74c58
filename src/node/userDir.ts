import { join } from 'node:path';

/** Where the user's rate folder was named. */
export type UserDirOrigin = 'option' | 'environment' | 'xdg' | 'home';

/** The environment variables that name the user's rate folder. */
export interface UserDirEnvironment {
  readonly DEALCALC_USER_DIR?: string | undefined;
  readonly XDG_DATA_HOME?: string | undefined;
  readonly HOME?: string | undefined;
}

/**
 * The one rule for where the user's own rate tables live (imported and updated ones): the
 * option, else DEALCALC_USER_DIR, else `$XDG_DATA_HOME/dealcalc`, else
 * `~/.local/share/dealcalc` (the XDG base directory convention). Undefined when none of these is
 * known: then there is no user store (an embedding that passes no environment reads shipped
 * tables only). An empty option is returned for the caller to refuse; empty variables are unset.
 *
 * @example
 * resolveUserDir(undefined, { XDG_DATA_HOME: '/x' }).dir //=> '/x/dealcalc'
 * resolveUserDir(undefined, { HOME: '/home/ann' }).dir //=> '/home/ann/.local/share/dealcalc'
 * resolveUserDir(undefined, {}) //=> undefined
 */
export function resolveUserDir(
  option: string | undefined,
  env: UserDirEnvironment,
): { readonly dir: string; readonly origin: UserDirOrigin } | undefined {
  if (option !== undefined) return { dir: option, origin: 'option' };
  const set = (value: string | undefined) => value !== undefined && value !== '';
  if (set(env.DEALCALC_USER_DIR)) return { dir: env.DEALCALC_USER_DIR as string, origin: 'environment' };
  // XDG: a relative $XDG_DATA_HOME is invalid and must be ignored.
  if (set(env.XDG_DATA_HOME) && (env.XDG_DATA_HOME as string).startsWith('/')) {
    return { dir: join(env.XDG_DATA_HOME as string, 'dealcalc'), origin: 'xdg' };
  }
  if (set(env.HOME)) return { dir: join(env.HOME as string, '.local', 'share', 'dealcalc'), origin: 'home' };
  return undefined;
}
