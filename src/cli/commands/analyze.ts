import { analyze } from '../../core/analysis/analyze';
import { formatSummary } from '../formatSummary';
import { holidayNotice } from '../holidayNotice';
import type { CliIo } from '../io';
import { loadRegister } from '../loadInput';
import type { CommonOptions } from '../main';
import { dateOption } from '../dateOption';

/**
 * `verzuimsignaal analyze FILE [--sheet NAME] [--config FILE] [--as-of DATE] [--json]`: the MAS
 * signals of a register, as JSON (output.md) or as a Dutch summary per pupil. Exit 0 when the
 * analysis ran, problems or not; 2 with one line on stderr for unusable input.
 */
export async function runAnalyze(file: string, opts: CommonOptions, io: CliIo): Promise<number> {
  const asOf = dateOption('--as-of', opts.asOf, opts.lang);
  const loaded = await loadRegister(file, { sheet: opts.sheet, config: opts.config, lang: opts.lang });
  const result = analyze(loaded.import, loaded.settings, { asOf });
  const notice = holidayNotice(loaded.import, loaded.settings, { file, config: opts.config, lang: opts.lang });
  // First, before anything else; on stderr with --json so stdout stays one JSON document.
  for (const line of notice) (opts.json ? io.err : io.out)(`${line}\n`);
  if (opts.json) {
    io.out(JSON.stringify(result, null, 2) + '\n');
  } else {
    io.out(
      formatSummary(result, {
        file,
        settings: loaded.settings,
        codes: loaded.import.codes,
        dateOrderWarning: loaded.import.dateOrderWarning,
        lang: opts.lang,
      }),
    );
  }
  return 0;
}

