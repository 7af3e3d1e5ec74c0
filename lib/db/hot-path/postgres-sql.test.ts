import { describe, expect, test } from "vitest";
import { statement } from "./flow";
import { postgresQuery, toPostgresSql } from "./postgres-sql";

describe("the hot path's SQL in PostgreSQL's dialect", () => {
  test("numbers positional placeholders in order", () => {
    expect(toPostgresSql(`UPDATE "T" SET "a" = ? WHERE "id" = ? AND "reps" = ?`)).toEqual({ text: `UPDATE "T" SET "a" = $1 WHERE "id" = $2 AND "reps" = $3`, names: null });
  });

  test("gives a named parameter one number wherever it appears, and maps values by name", () => {
    const sql = toPostgresSql(`SELECT 1 WHERE "u" = @userId AND "d" <= @now AND "b" <= @now AND "o" = @userId`);
    expect(sql).toEqual({ text: `SELECT 1 WHERE "u" = $1 AND "d" <= $2 AND "b" <= $2 AND "o" = $1`, names: ["userId", "now"] });
    const s = statement("test_named", `SELECT 1 WHERE "u" = @userId AND "d" <= @now`);
    expect(postgresQuery(s, { now: "t", userId: "u", unused: 1 }).values).toEqual(["u", "t"]);
    expect(() => postgresQuery(s, { userId: "u" })).toThrow(/needs @now/);
    expect(() => postgresQuery(s, ["u", "t"])).toThrow(/needs @userId/);
  });

  test("refuses a statement that mixes both kinds of placeholder", () => {
    expect(() => toPostgresSql(`SELECT 1 WHERE "a" = ? AND "b" = @b`)).toThrow(/mixes/);
  });

  test("rewrites SQLite's planner hints and json_each", () => {
    const { text } = toPostgresSql(
      `SELECT 1 FROM "UserCard" uc INDEXED BY "UserCard_userId_idx" CROSS JOIN "Card" c ON c."id" = uc."cardId" WHERE c."id" IN (SELECT "value" FROM json_each(@ids))`,
    );
    expect(text).toBe(`SELECT 1 FROM "UserCard" uc JOIN "Card" c ON c."id" = uc."cardId" WHERE c."id" IN (SELECT "value" FROM json_array_elements_text(CAST($1 AS json)))`);
  });

  test("uses a statement's own PostgreSQL text where it has one", () => {
    const s = statement("test_own_text", `SELECT julianday(?)`, `SELECT EXTRACT(EPOCH FROM $1::timestamp)`);
    expect(postgresQuery(s, ["2026-01-01"])).toEqual({ text: `SELECT EXTRACT(EPOCH FROM $1::timestamp)`, values: ["2026-01-01"] });
  });

  test("refuses two different statements under one name (PostgreSQL prepares them by name)", () => {
    statement("test_twice", "SELECT 1");
    expect(() => statement("test_twice", "SELECT 1")).not.toThrow(); // a module evaluated again
    expect(() => statement("test_twice", "SELECT 2")).toThrow(/defined twice/);
  });
});
