import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatLocale } from '../../services/useFormatLocale';
import { stringify } from 'yaml';
import type { FrontMatterPatch } from '../../../shared/api/noteSchemas';
import { isStewardedType, NOTE_TYPES, noteTypeOf } from '../../../shared/notes/noteTypes';
import { TEMPLATE_NOTE_TYPE } from '../../../shared/templates/templatePaths';
import { frontMatterList, normalizeAlias } from '../../../shared/notes/frontMatterValues';
import { normalizeTag } from '../../../shared/tags/tagNames';
import { useVault } from '../../state/VaultContext';
import { useNavigation } from '../../services/navigation';
import { DomainTokenField } from '../domains/DomainTokenField';
import { REVIEW_BY_KEY, STEWARD_KEY, StewardshipFields } from '../domains/StewardshipFields';
import { TokenInput } from '../../ui/TokenInput';
import { vaultTags, vaultTypes } from '../../state/vaultLookups';

const KNOWN_KEYS = new Set([
  'id',
  'title',
  'type',
  'domains',
  'tags',
  'aliases',
  'alias',
  'created',
  'updated',
]);
const TYPE_PATTERN = /^[a-z][a-z0-9-]*$/;
const OTHER = '\u0000other';

export interface FrontMatterFieldsProps {
  /** The note's front matter as it will be once pending changes are saved. */
  frontMatter: Record<string, unknown> | null;
  frontMatterError: string | null;
  open: boolean;
  onToggle(open: boolean): void;
  disabled: boolean;
  onChange(patch: FrontMatterPatch): void;
}

/**
 * The note's front matter as fields above the text: type, domains, tags, aliases, then any other
 * keys read-only as YAML. Changes are patches (`notes.save`'s `frontMatter`), so keys and
 * formatting the fields do not show are kept as they are in the file.
 */
export function FrontMatterFields({
  frontMatter,
  frontMatterError,
  open,
  onToggle,
  disabled,
  onChange,
}: FrontMatterFieldsProps) {
  const { t } = useTranslation('notes');
  const locale = useFormatLocale();
  const { navigate } = useNavigation();
  const { notes } = useVault();
  const regionId = useId();
  const typeId = useId();
  const customHintId = useId();
  const fm = useMemo(() => frontMatter ?? {}, [frontMatter]);
  const type = noteTypeOf(fm.type);
  const [customType, setCustomType] = useState<string | null>(null);
  const [typeError, setTypeError] = useState<string | null>(null);

  const types = useMemo(() => {
    // Types offered in every vault, then the vault's own.
    const all: string[] = [...NOTE_TYPES];
    for (const known of [...vaultTypes(notes).filter((v) => v !== TEMPLATE_NOTE_TYPE), type])
      if (!all.includes(known) && TYPE_PATTERN.test(known)) all.push(known);
    return all;
  }, [notes, type]);

  const typeLabel = (value: string) =>
    t(`fields.types.${value}`, { defaultValue: value.charAt(0).toUpperCase() + value.slice(1) });

  // Solutions and practices have a steward and a review date, shown as fields.
  const stewarded = isStewardedType(type);
  const others = useMemo(() => {
    const shown = (key: string) =>
      KNOWN_KEYS.has(key) || (stewarded && (key === STEWARD_KEY || key === REVIEW_BY_KEY));
    const rest = Object.fromEntries(Object.entries(fm).filter(([key]) => !shown(key)));
    return Object.keys(rest).length === 0 ? null : stringify(rest).trimEnd();
  }, [fm, stewarded]);

  const dates = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const at = (value: unknown) => {
      const date = typeof value === 'string' ? new Date(value) : null;
      return date && !Number.isNaN(date.getTime()) ? format.format(date) : null;
    };
    return { created: at(fm.created), updated: at(fm.updated) };
  }, [fm, locale]);

  const commitCustomType = () => {
    const value = (customType ?? '').trim().toLowerCase();
    if (!TYPE_PATTERN.test(value)) {
      setTypeError(t('fields.typeInvalid'));
      return;
    }
    setTypeError(null);
    setCustomType(null);
    onChange({ type: value });
  };

  return (
    <section className="note-fields" aria-label={t('fields.region')}>
      <button
        type="button"
        className="note-fields-toggle"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => onToggle(!open)}
      >
        <span className="disclosure-icon" aria-hidden="true" />
        {t('fields.toggle')}
      </button>
      <div id={regionId} className="note-fields-body" hidden={!open}>
        {frontMatterError && (
          <p className="field-error" role="alert">
            {t('fields.frontMatterError', { message: frontMatterError })}
          </p>
        )}
        <div className="field-row">
          <label className="field-label" htmlFor={typeId}>
            {t('fields.type')}
          </label>
          <div className="field-control">
            {customType === null ? (
              <select
                id={typeId}
                className="field-select"
                value={type}
                disabled={disabled}
                onChange={(event) => {
                  if (event.target.value === OTHER) setCustomType('');
                  else onChange({ type: event.target.value });
                }}
              >
                {types.map((value) => (
                  <option key={value} value={value}>
                    {typeLabel(value)}
                  </option>
                ))}
                <option value={OTHER}>{t('fields.typeOther')}</option>
              </select>
            ) : (
              <span className="field-custom-type">
                <input
                  id={typeId}
                  aria-describedby={customHintId}
                  aria-invalid={typeError !== null}
                  className="input"
                  value={customType}
                  placeholder={t('fields.typeCustom')}
                  autoFocus
                  onChange={(event) => setCustomType(event.target.value)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      commitCustomType();
                    } else if (event.key === 'Escape') {
                      event.preventDefault();
                      event.stopPropagation();
                      setCustomType(null);
                      setTypeError(null);
                    }
                  }}
                  onBlur={() => {
                    if ((customType ?? '').trim() === '') setCustomType(null);
                    else commitCustomType();
                  }}
                />
                <span id={customHintId} className={typeError ? 'field-error' : 'field-hint'}>
                  {typeError ?? t('fields.typeCustomHint')}
                </span>
              </span>
            )}
          </div>
        </div>
        <div className="field-row">
          <DomainTokenField
            label={t('fields.domains')}
            placeholder={t('fields.addDomain')}
            values={frontMatterList(fm.domains)}
            disabled={disabled}
            openable
            onChange={(domains) => onChange({ domains: domains.length ? domains : null })}
          />
        </div>
        <div className="field-row">
          <TokenInput
            label={t('fields.tags')}
            placeholder={t('fields.addTag')}
            values={frontMatterList(fm.tags)}
            suggestions={vaultTags(notes)}
            normalize={normalizeTag}
            disabled={disabled}
            link={{
              open: (tag) => navigate({ view: 'tag', tag }),
              label: (tag) => t('fields.openTag', { tag }),
            }}
            onChange={(tags) => onChange({ tags: tags.length ? tags : null })}
          />
        </div>
        <div className="field-row">
          <TokenInput
            label={t('fields.aliases')}
            placeholder={t('fields.addAlias')}
            values={frontMatterList(fm.aliases ?? fm.alias)}
            suggestions={[]}
            normalize={normalizeAlias}
            disabled={disabled}
            onChange={(aliases) =>
              onChange({
                aliases: aliases.length ? aliases : null,
                // An Obsidian-style `alias:` key becomes `aliases:`, never both.
                ...(fm.alias !== undefined ? { alias: null } : {}),
              })
            }
          />
        </div>
        {stewarded && (
          <StewardshipFields frontMatter={fm} disabled={disabled} onChange={onChange} />
        )}
        {(dates.created || dates.updated) && (
          <p className="field-dates">
            {dates.created && (
              <span>
                {t('fields.created')} <time dateTime={String(fm.created)}>{dates.created}</time>
              </span>
            )}
            {dates.updated && (
              <span>
                {t('fields.updated')} <time dateTime={String(fm.updated)}>{dates.updated}</time>
              </span>
            )}
          </p>
        )}
        {others && (
          <details className="field-others">
            <summary>{t('fields.otherKeys')}</summary>
            <p className="field-hint">{t('fields.otherKeysHint')}</p>
            <pre className="field-yaml">{others}</pre>
          </details>
        )}
      </div>
    </section>
  );
}
