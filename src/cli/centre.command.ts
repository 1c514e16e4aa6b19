import { Argument, Command } from "commander";
import { CENTRE_ROLES, type CentreRole } from "../core/cohort.schema.js";
import { ValidationError } from "../core/errors.js";
import { printJson, stdout } from "./output.js";
import { withRuntime } from "./session.js";

/** The operator's commands for a hosted career centre, run where the server's DATABASE_URL is set. */
export function centreCommand(): Command {
  const centre = new Command("centre").description(
    "a career centre's staff (hosted mode; run on the server)",
  );
  centre
    .command("role")
    .description("make a signed-up person an advisor or admin of the centre, or a student again")
    .argument("<email>", "the address they signed up with")
    .addArgument(new Argument("<role>", "their role").choices([...CENTRE_ROLES]))
    .option("--json", "print JSON: { email, role }")
    .action(async (email: string, role: CentreRole, options) => {
      await withRuntime(async (runtime) => {
        const user = await runtime.system.findUserByEmail(email);
        if (!user) throw new ValidationError(`Nobody has signed up as ${email} yet.`, "email");
        await runtime.system.setCentreRole(user.id, role, runtime.clock.now().toISOString());
      });
      const out = stdout(Boolean(options.json));
      if (out.json) return printJson(out, { email, role });
      out.write(
        `${email} is now ${role === "admin" ? "an admin" : `a${role === "advisor" ? "n" : ""} ${role}`} of the centre.`,
      );
    });
  return centre;
}
