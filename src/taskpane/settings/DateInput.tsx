import { useState } from 'react';
import { Input, type InputProps } from '@fluentui/react-components';
import { displayDate, parseDateInput } from '../dates';
import { useT } from '../i18n';

/**
 * A date field: shows the date as dd-mm-jjjj, accepts dd-mm-jjjj (d-m-jjjj, / or .) and ISO.
 * A readable date is handed on as ISO; anything else as typed, so the save names the field.
 */
export function DateInput(props: { value: string; onChange: (value: string) => void; ariaLabel: string; contentBefore?: InputProps['contentBefore'] }) {
  const t = useT();
  const [typed, setTyped] = useState<string | undefined>();
  const shown = typed ?? displayDate(props.value);
  const bad = typed !== undefined && typed.trim() !== '' && parseDateInput(typed) === undefined;
  return (
    <Input
      aria-label={props.ariaLabel}
      aria-invalid={bad || undefined}
      title={bad ? t('dateInvalid') : undefined}
      placeholder="dd-mm-jjjj"
      contentBefore={props.contentBefore}
      value={shown}
      onChange={(_, d) => {
        setTyped(d.value);
        props.onChange(parseDateInput(d.value) ?? d.value.trim());
      }}
      // Once readable, the field shows the date the one way the pane writes dates.
      onBlur={() => {
        if (typed !== undefined && parseDateInput(typed) !== undefined) setTyped(undefined);
      }}
    />
  );
}
