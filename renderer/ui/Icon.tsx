/**
 * The app's icons: small stroked SVGs drawn on a 16×16 grid, coloured by `currentColor`. They are
 * decorative (`aria-hidden`): the control that holds one carries the accessible name. To add an
 * icon, add its path data to `paths`.
 */
const paths = {
  files: 'M2.5 3.5h4l1.5 1.5h5.5v7.5h-11z',
  file: 'M4 1.5h5l3 3v10H4z M9 1.5v3h3',
  folder: 'M1.5 3.5h4.5l1.5 1.5h7v8h-13z',
  folderOpen: 'M1.5 3.5h4.5l1.5 1.5h6v2 M1.5 3.5v9h11.5l1.5-5.5h-11.5l-1.5 5.5',
  print: 'M4 6v-4.5h8v4.5 M4 11.5h-2v-5.5h12v5.5h-2 M4 9.5h8v5h-8z',
  clock: 'M8 2a6 6 0 1 0 0 12a6 6 0 1 0 0-12z M8 4.5v3.5l2.5 1.5',
  domains: 'M8 1.5l6 3.25v6.5l-6 3.25l-6-3.25v-6.5z M8 8l6-3.25 M8 8v6.5 M8 8l-6-3.25',
  trash: 'M2.5 4h11 M6 4v-2h4v2 M3.5 4l1 10h7l1-10 M6.5 6.5v5 M9.5 6.5v5',
  settings:
    'M6.9 1.5h2.2l.4 1.9l1.3.6l1.7-1l1.5 1.5l-1 1.7l.6 1.3l1.9.4v2.2l-1.9.4l-.6 1.3l1 1.7l-1.5 1.5l-1.7-1l-1.3.6l-.4 1.9h-2.2l-.4-1.9l-1.3-.6l-1.7 1l-1.5-1.5l1-1.7l-.6-1.3l-1.9-.4v-2.2l1.9-.4l.6-1.3l-1-1.7l1.5-1.5l1.7 1l1.3-.6z M8 6a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  back: 'M10 3l-5 5l5 5',
  forward: 'M6 3l5 5l-5 5',
  chevronRight: 'M6 4l4 4l-4 4',
  chevronDown: 'M4 6l4 4l4-4',
  chevronUp: 'M4 10l4-4l4 4',
  plus: 'M8 3v10 M3 8h10',
  collapse: 'M2.5 2.5h11v11h-11z M5.5 8h5',
  search: 'M7 2.5a4.5 4.5 0 1 0 0 9a4.5 4.5 0 1 0 0-9z M10.5 10.5l3.5 3.5',
  sidebarLeft: 'M2 2.5h12v11h-12z M6 2.5v11',
  sidebarRight: 'M2 2.5h12v11h-12z M10 2.5v11',
  close: 'M4 4l8 8 M12 4l-8 8',
  restore: 'M3 8a5 5 0 1 0 1.5-3.5 M3 2.5v3h3',
  link: 'M6.5 9.5l3-3 M7 4.5l1.5-1.5a2.5 2.5 0 0 1 3.5 3.5l-1.5 1.5 M9 11.5l-1.5 1.5a2.5 2.5 0 0 1-3.5-3.5l1.5-1.5',
  linkOut: 'M9 2.5h4.5v4.5 M13.5 2.5l-6 6 M11.5 9.5v4h-9v-9h4',
  unlink:
    'M7 4.5l1.5-1.5a2.5 2.5 0 0 1 3.5 3.5l-1.5 1.5 M9 11.5l-1.5 1.5a2.5 2.5 0 0 1-3.5-3.5l1.5-1.5 M2 2l12 12',
  outline: 'M2.5 3.5h11 M5 8h8.5 M7.5 12.5h6',
  command: 'M2.5 4.5l3 3.5l-3 3.5 M7.5 12h6',
  home: 'M2 7.5l6-5l6 5 M3.5 6.5v7h9v-7',
  info: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z M8 7v4.5 M8 4.5v.5',
  warning: 'M8 1.5l7 12.5h-14z M8 6v4 M8 11.5v.5',
  check: 'M3 8.5l3 3l7-7',
  sun: 'M8 5a3 3 0 1 0 0 6a3 3 0 1 0 0-6z M8 1v1.5 M8 13.5v1.5 M1 8h1.5 M13.5 8h1.5 M3 3l1 1 M12 12l1 1 M3 13l1-1 M12 4l1-1',
  moon: 'M13.5 9.5a5.5 5.5 0 1 1-7-7a4.5 4.5 0 0 0 7 7z',
  calendar: 'M2.5 3.5h11v10h-11z M2.5 6.5h11 M5.5 2v3 M10.5 2v3',
  journal: 'M3.5 2.5h8a1 1 0 0 1 1 1v10h-8a1 1 0 0 1-1-1z M3.5 12.5a1 1 0 0 1 1-1h8 M6 5h4',
  lock: 'M4 7.5h8v6h-8z M5.5 7.5v-2a2.5 2.5 0 0 1 5 0v2',
  promote: 'M8 10v-7.5 M5 5.5l3-3l3 3 M3 9v4.5h10v-4.5',
  review: 'M2.5 3.5h11v10h-11z M2.5 6.5h11 M5 9l1.5 1.5l3-3',
  attachment:
    'M10.5 4.5l-5 5a1.5 1.5 0 0 0 2 2l5.5-5.5a3 3 0 0 0-4-4l-5.5 5.5a4.5 4.5 0 0 0 6 6l4-4',
  tag: 'M2 2.5h5.5l6.5 6.5l-5 5l-6.5-6.5z M5 5h.5',
  edit: 'M10.5 2.5l3 3l-8 8h-3v-3z M9 4l3 3',
  template: 'M3 1.5h10v13h-10z M5.5 4.5h5 M5.5 7h5 M5.5 9.5h3',
  bold: 'M4.5 2.5h4.5a2.75 2.75 0 0 1 0 5.5h-4.5z M4.5 8h5a2.75 2.75 0 0 1 0 5.5h-5z',
  italic: 'M6.5 2.5h6 M3.5 13.5h6 M9.5 2.5l-3 11',
  heading: 'M3.5 2.5v11 M11.5 2.5v11 M3.5 8h8',
  listBullet: 'M6 4h8 M6 8h8 M6 12h8 M2.5 3.5h1v1h-1z M2.5 7.5h1v1h-1z M2.5 11.5h1v1h-1z',
  listNumbered: 'M6.5 4h7.5 M6.5 8h7.5 M6.5 12h7.5 M2.5 2.5h1v3 M2 10.5h2l-2 3h2',
  checkbox: 'M2.5 2.5h11v11h-11z M5 8l2 2l4-4',
  chart: 'M2.5 13.5h11 M4 13.5v-5 M7 13.5v-9 M10 13.5v-7 M13 13.5v-3',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.3"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
