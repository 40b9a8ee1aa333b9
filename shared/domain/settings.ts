import { z } from 'zod';
import { isoDate } from './primitives';

/** The broker's settings, one value per key, each with a default. */
export const settingsFields = {
  /** The last wijknetwerk meeting: the Netwerk screen shows what changed since. */
  lastMeetingOn: isoDate.nullable(),
  /** Months after closing before a casus is anonymised (AVG retention). */
  casusRetentionMonths: z
    .number({ error: 'Vul een aantal maanden in.' })
    .int({ error: 'Vul een heel aantal maanden in.' })
    .min(1, { error: 'Minimaal 1 maand.' })
    .max(120, { error: 'Maximaal 120 maanden (10 jaar).' }),
};

export const settingsSchema = z.object(settingsFields).strict();
export type Settings = z.output<typeof settingsSchema>;
export const settingsPatch = settingsSchema.partial();
export type SettingKey = keyof Settings;

export const settingsDefaults: Settings = { lastMeetingOn: null, casusRetentionMonths: 24 };
