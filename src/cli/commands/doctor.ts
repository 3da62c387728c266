import type { Command } from "commander";

/** `flowwatch doctor`: prints the runtime and where the default database lives. */
export function register(program: Command): void {
  program
    .command("doctor")
    .description("print runtime versions and default paths")
    .action(() => {
      console.log(`node ${process.version}`);
      console.log(`default database: ./data/flowwatch.db`);
    });
}
