// Vitest globalSetup: in CI (or under scripts/test.sh) the PostgreSQL suite must run, never skip.
export default function setup(): void {
  const required = process.env.CI === "true" || process.env.COFFEECHAT_REQUIRE_POSTGRES === "1";
  if (required && !process.env.COFFEECHAT_TEST_DATABASE_URL) {
    throw new Error(
      "COFFEECHAT_TEST_DATABASE_URL is not set. PostgreSQL tests must run: use npm test, which starts a throwaway cluster.",
    );
  }
}
