import { Field, Select } from '@fluentui/react-components';

export interface SchoolYearSelectProps {
  label: string;
  /** School years as JJJJ-JJJJ, in the order shown. */
  years: readonly string[];
  value: string;
  onChange: (year: string) => void;
  /** data-testid of the select, as the tests and browser flows find it. */
  testId: string;
}

/**
 * A labelled choice of school year: the Evaluatie tab's year and the holiday paste's year for dates
 * written without one. One component, so both lists look and read alike.
 */
export function SchoolYearSelect({ label, years, value, onChange, testId }: SchoolYearSelectProps) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)} data-testid={testId}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
}
