import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { clockForToday, todayOn, type Clock } from '../../shared/dates/clock';
import { isoDate } from '../../shared/domain/primitives';
import { foldText } from '../../shared/normalise/name';
import { UsageError } from './cli-error';
import { countOf } from '../../shared/text/plural';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments strictly; an unknown flag is a UsageError. */
export function parseCommandArguments<Config extends Options>(args: string[], options: Config, positionals: { min: number; max: number }) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const count = parsed.positionals.length;
  if (count < positionals.min || count > positionals.max) {
    throw new UsageError(
      positionals.max === 0 ? `Onverwacht argument: ${parsed.positionals.join(' ')}` : `Verwacht ${countOf(positionals.min, 'bestandsnaam', 'bestandsnamen')}, kreeg er ${count}.`,
    );
  }
  return parsed;
}

export function requireOption(value: string | boolean | undefined, flag: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`De optie --${flag} ontbreekt.`);
  return value;
}

/**
 * A command's one clock: `--today JJJJ-MM-DD` fixes "today" (for scripts and
 * tests); without the flag it is the machine's clock.
 */
export function commandClock(today: string | boolean | undefined): { clock: Clock; today: string } {
  if (today !== undefined && (typeof today !== 'string' || !isoDate.safeParse(today).success)) {
    throw new UsageError(`--today moet een datum zijn (JJJJ-MM-DD), niet "${String(today)}".`);
  }
  const clock = clockForToday(today);
  return { clock, today: todayOn(clock) };
}

/** Commands that read a network must not silently create an empty one. */
export function requireExistingFile(file: string): string {
  if (!existsSync(file)) throw new UsageError(`Bestand niet gevonden: ${file}`);
  return file;
}

/** `--wijk NAAM`: the neighbourhood with that name (case and accents ignored), or a UsageError that lists the known names. */
export function neighbourhoodNamed(neighbourhoods: readonly { id: string; name: string }[], name: string | undefined): string | null {
  if (name === undefined) return null;
  const wanted = foldText(name);
  const found = neighbourhoods.find((neighbourhood) => foldText(neighbourhood.name) === wanted);
  if (!found) throw new UsageError(`Onbekende wijk "${name}". Bekend: ${neighbourhoods.map((neighbourhood) => neighbourhood.name).join(', ')}.`);
  return found.id;
}
