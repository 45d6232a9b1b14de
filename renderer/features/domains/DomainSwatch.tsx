import { parseHexColour, readableTextColour } from '../../../shared/domains/domainColour';

/**
 * A domain's colour as a small square beside its name. Decorative: the name says which domain
 * it is, so the colour is never the only cue.
 */
export function DomainSwatch({ colour, size = 10 }: { colour: string | null; size?: number }) {
  const parsed = colour === null ? null : parseHexColour(colour);
  return (
    <span
      className={`domain-swatch${parsed === null ? ' is-unknown' : ''}`}
      style={{ width: size, height: size, ...(parsed !== null && { background: parsed }) }}
      aria-hidden="true"
    />
  );
}

/** A domain's name on its colour, in black or white, whichever reads better (≥ 4.5:1). */
export function DomainBadge({ name, colour }: { name: string; colour: string }) {
  const background = parseHexColour(colour) ?? '#4a5868';
  return (
    <span className="domain-badge" style={{ background, color: readableTextColour(background) }}>
      {name}
    </span>
  );
}
