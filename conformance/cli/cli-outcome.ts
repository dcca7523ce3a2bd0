/** What a command tells main() once it is done; commands never call process.exit. */
export interface CliOutcome {
  exitCode: number;
}
