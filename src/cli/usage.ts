/**
 * What every command-line tool shares: `--help` (or `-h`) prints its usage and exits 0 before it
 * reads or writes anything, and counts in its output agree with their number.
 */

/** True when the command line asks for help; the tool then prints its usage and stops. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** `1 info step`, `2 info steps`: `plural` defaults to the noun plus "s". */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${String(n)} ${n === 1 ? noun : plural}`;
}
