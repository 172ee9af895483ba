import { localizedIssue } from '@jiceng/core';
import { z } from 'zod';
import { say } from './refusals';

/** A record id in a JSON body. */
export const positiveId = z.number().int().positive();

/** A record id in a query string or path (text that must read as a positive whole number). */
export const queryId = z.coerce.number().int().positive();

/** Required text, trimmed: `text(200)`; blank is refused as too short. */
export const text = (max: number, min = 1) => z.string().trim().min(min).max(max);

/** Optional text, trimmed: absent, null or a string of at most `max` characters. */
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A mainland mobile (13x–19x, 11 digits) or a landline with its area code (0xxx-xxxxxxx). */
export const phoneNumber = z
  .string()
  .trim()
  .refine(
    (v) => /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(v),
    localizedIssue(say('电话号码格式不正确', 'not a phone number')),
  );
