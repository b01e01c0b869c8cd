/** A command line split into files and `--name value` flags, every value of a repeated flag kept in order. */
export interface ParsedArgs {
  files: string[];
  flags: Map<string, string[]>;
}

/** Parses the arguments after the command; an unknown flag or one without a value is named. */
export function parseArgs(args: readonly string[], allowed: ReadonlySet<string>): ParsedArgs | string {
  const files: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = args[++i];
    if (!allowed.has(name)) return `unknown flag ${arg}`;
    if (value === undefined) return `${arg} needs a value`;
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { files, flags };
}

/** The value a flag was given last, as a later flag overrides an earlier one. */
export function lastValue(parsed: ParsedArgs, name: string): string | undefined {
  return parsed.flags.get(name)?.at(-1);
}
