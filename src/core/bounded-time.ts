// Times and dates from input are bounded to the years 1900–2200 (see year-range.ts).
import { z } from "zod";
import { isInYearRange, MAX_YEAR, MIN_YEAR } from "./year-range.js";

const RANGE_MESSAGE = `must be in the years ${MIN_YEAR}–${MAX_YEAR}.`;

/** z.iso.datetime, bounded to the years 1900–2200. */
export function boundedIsoTime(params: Parameters<typeof z.iso.datetime>[0]) {
  return z.iso.datetime(params).refine(isInYearRange, { message: RANGE_MESSAGE, abort: true });
}

/** z.iso.date (YYYY-MM-DD), bounded to the years 1900–2200. */
export function boundedIsoDate(params: Parameters<typeof z.iso.date>[0]) {
  return z.iso.date(params).refine(isInYearRange, { message: RANGE_MESSAGE, abort: true });
}
