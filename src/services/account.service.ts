// The account as a whole: deleting it removes every row of the user's, in one transaction (all
// or nothing). Their data can be exported first as a JSON backup (backup.service.ts).
import { type ServiceContext, withTransaction } from "./context.js";

export async function deleteAccount(ctx: ServiceContext): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    await tx.repos.cohorts.forgetMe();
    await tx.repos.account.deleteEverything();
  });
}
