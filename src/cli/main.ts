// flowwatch CLI entry. Each command lives in ./commands/<name>.ts and exports `register(program)`;
// commands import their stage modules lazily inside the action so `--help` stays fast.
import { Command } from "commander";
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

// `flowwatch claims | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const program = new Command()
  .name("flowwatch")
  .description("Sourced, reconciled record of DPRK overseas labour, troop, arms and money flows")
  .version("0.1.0")
  .showHelpAfterError();

const commandsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "commands");
for (const file of readdirSync(commandsDir)
  .filter((f) => f.endsWith(".ts"))
  .sort()) {
  const mod = (await import(pathToFileURL(path.join(commandsDir, file)).href)) as {
    register?: (p: Command) => void;
  };
  mod.register?.(program);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`flowwatch: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
