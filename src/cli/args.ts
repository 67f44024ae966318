// One argument parser for every command: Node's util.parseArgs (strict), with its English errors turned
// into Danish UsageErrors. Every command also takes --help/-h and --quiet.
import { parseArgs } from 'util';
import { UsageError } from './io';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

export interface ParsedCommand {
  positionals: string[];
  /** Value of a string option, or undefined when not given. */
  text(name: string): string | undefined;
  /** True when a boolean option was given. */
  flag(name: string): boolean;
  /** Every value of a repeatable string option (`multiple: true`), in order. */
  texts(name: string): string[];
}

/** The option named in one of parseArgs' messages ("Unknown option '--x'", "Option '--x <value>' ..."). */
function optionIn(message: string): string {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? '';
}

function danish(e: Error & { code?: string }): string {
  const option = optionIn(e.message);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Ukendt tilvalg ${option}.`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(e.message) ? `${option} tager ingen værdi.` : `${option} mangler en værdi.`;
  }
  return e.message;
}

export function parseCommand(args: readonly string[], options: OptionSpec): ParsedCommand {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' }, quiet: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(danish(err));
    throw e;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  return {
    texts: (name) => {
      const v = values[name];
      return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    },
    positionals: parsed.positionals,
    text: (name) => (typeof values[name] === 'string' ? (values[name] as string) : undefined),
    flag: (name) => values[name] === true,
  };
}
