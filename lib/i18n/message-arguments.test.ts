import { describe, expect, it } from "vitest";
import { messageArguments } from "./message-arguments";

describe("messageArguments", () => {
  it("lists plain arguments", () => {
    expect(messageArguments("Next card {when}.")).toEqual(["when"]);
    expect(messageArguments("{done}/{total} started")).toEqual(["done", "total"]);
    expect(messageArguments("No arguments.")).toEqual([]);
  });

  it("reads plural and select arguments without their branch texts, and nested ones", () => {
    expect(messageArguments("{count, plural, one {# day} other {# days}}")).toEqual(["count"]);
    expect(messageArguments("{action, select, suspend {suspend} other {{action}}}: {count} card(s){skipped, plural, =0 {} other {, # skipped}}.")).toEqual(["action", "count", "skipped"]);
    expect(messageArguments("{count, plural, one {Leech{suspended, select, yes { and suspended} other {}}.} other {# leeches}}")).toEqual(["count", "suspended"]);
  });
});
