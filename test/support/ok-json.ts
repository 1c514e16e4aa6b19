// The body of a successful response of the typed client, typed without the error shapes its route
// also documents; an error body fails the test with what it said.
type Success<R extends { json(): Promise<unknown> }> = Exclude<
  Awaited<ReturnType<R["json"]>>,
  { error: unknown } | string | Response
>;

export async function okJson<R extends { json(): Promise<unknown> }>(response: R): Promise<Success<R>> {
  const body = await response.json();
  if (typeof body === "object" && body !== null && "error" in body)
    throw new Error(`unexpected error answer: ${JSON.stringify(body)}`);
  return body as Success<R>;
}
