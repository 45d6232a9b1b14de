import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOMAIN_PALETTE,
  parseHexColour,
  readableTextColour,
} from '../../../shared/domains/domainColour';

/** Names of DOMAIN_PALETTE's colours, in its order (i18n keys `colours.<name>`). */
export const PALETTE_NAMES = [
  'blue',
  'magenta',
  'teal',
  'green',
  'amber',
  'vermilion',
  'violet',
  'slate',
  'cerulean',
  'wine',
  'olive',
  'purple',
] as const;

export interface ColourFieldProps {
  /** As typed: `#rrggbb` when valid, anything while the user types. */
  value: string;
  onChange(value: string): void;
  /** A message for the field (from validation), or null. */
  error: string | null;
  /** Name drawn on the colour in the sample, so the user sees how readable it is. */
  sampleText: string;
}

/**
 * A domain colour: the palette as radio buttons (arrow keys move between them; each has a
 * name), a hex code box for any other colour, and the system colour picker. The sample shows
 * the domain's name on the colour as chips draw it.
 */
export function ColourField({ value, onChange, error, sampleText }: ColourFieldProps) {
  const { t } = useTranslation('domains');
  const name = useId();
  const hexId = useId();
  const hintId = useId();
  const errorId = useId();
  const parsed = parseHexColour(value);
  // What the hex box shows: the user's text while they type, else the colour.
  const [typed, setTyped] = useState<string | null>(null);

  return (
    <fieldset className="colour-field">
      <legend className="form-label">{t('form.colour')}</legend>
      <div className="colour-palette">
        {DOMAIN_PALETTE.map((colour, i) => (
          <label key={colour} className="colour-option" title={t(`colours.${PALETTE_NAMES[i]}`)}>
            <input
              type="radio"
              name={name}
              value={colour}
              checked={parsed === colour}
              onChange={() => {
                setTyped(null);
                onChange(colour);
              }}
            />
            <span className="colour-option-swatch" style={{ background: colour }} />
            <span className="visually-hidden">{t(`colours.${PALETTE_NAMES[i]}`)}</span>
          </label>
        ))}
      </div>
      <div className="colour-custom">
        <label htmlFor={hexId}>{t('form.hex')}</label>
        <input
          id={hexId}
          className="input colour-hex"
          value={typed ?? value}
          spellCheck={false}
          autoComplete="off"
          maxLength={50}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setTyped(event.target.value);
            onChange(event.target.value);
          }}
          onBlur={() => {
            const normal = parseHexColour(typed ?? value);
            setTyped(null);
            if (normal !== null && normal !== value) onChange(normal);
          }}
        />
        <input
          type="color"
          className="colour-picker"
          aria-label={t('form.pickColour')}
          value={parsed ?? '#000000'}
          onChange={(event) => {
            setTyped(null);
            onChange(event.target.value);
          }}
        />
        {parsed !== null && (
          <span
            className="domain-badge colour-sample"
            aria-hidden="true"
            style={{ background: parsed, color: readableTextColour(parsed) }}
          >
            {sampleText || t('form.sample')}
          </span>
        )}
      </div>
      <p id={hintId} className="field-hint">
        {t('form.colourHint')}
      </p>
      {error !== null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
