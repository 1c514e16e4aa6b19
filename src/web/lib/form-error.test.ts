import { describe, expect, it } from "vitest";
import { ApiError } from "../api/http.js";
import { formError, splitName } from "./form-error.js";

describe("form errors", () => {
  it("puts an API error next to the field it names", () => {
    const error = new ApiError(400, "invalid", "email: Not a valid e-mail address.", "email");
    expect(formError(error, { email: "email" })).toEqual({
      field: "email",
      message: "Not a valid e-mail address.",
    });
    expect(formError(error, { firstName: "name" })).toEqual({
      field: null,
      message: "email: Not a valid e-mail address.",
    });
    expect(formError(new Error("boom"), {})).toEqual({ field: null, message: "boom" });
  });

  it("splits a name typed in one field", () => {
    expect(splitName("  Ada  King Lovelace ")).toEqual({ firstName: "Ada", lastName: "King Lovelace" });
    expect(splitName("Ada")).toEqual({ firstName: "Ada" });
  });
});
