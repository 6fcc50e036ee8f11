import { parseArgs } from 'node:util';

/** A mistake in the arguments: main prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type OptionSpec = { readonly type: 'string' | 'boolean' };

export interface ParsedArgs<Names extends string> {
  readonly values: Partial<Record<Names, string | boolean>>;
  readonly positionals: readonly string[];
}

/**
 * node:util parseArgs, strict, with its errors reworded as UsageErrors in the CLI's words, and two
 * checks it leaves out: an option given twice (parseArgs keeps the last silently) and an empty value.
 */
export function parseOptions<Names extends string>(
  args: readonly string[],
  options: Readonly<Record<Names, OptionSpec>>,
  { positionals = 0 }: { positionals?: number } = {},
): ParsedArgs<Names> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: options as Record<string, OptionSpec>,
      strict: true,
      allowPositionals: positionals > 0,
      tokens: true,
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(--?[\w-]+)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`unknown argument ${JSON.stringify(option ?? message)}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
      const wantsValue = options[option.replace(/^--?/, '') as Names]?.type === 'string';
      throw new UsageError(wantsValue ? `${option} needs a value` : `${option} takes no value`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(
        `unexpected argument ${JSON.stringify(/'([^']*)'/.exec(message)?.[1] ?? message)}`,
      );
    throw new UsageError(message);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} given twice`);
    seen.add(token.name);
    if (token.value === '') throw new UsageError(`--${token.name} needs a value`);
  }
  if (parsed.positionals.length > positionals)
    throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[positionals])}`);
  return { values: parsed.values as ParsedArgs<Names>['values'], positionals: parsed.positionals };
}

/** A string option's value (parseOptions ran strict, so a string option holds a string). */
export function text<Names extends string>(
  parsed: ParsedArgs<Names>,
  name: Names,
): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}
