/**
 * What the centre of the window shows. Navigation (back/forward, the quick switcher, links) moves
 * between routes. A feature adds its route here and its view in app/viewRegistry.tsx.
 */
export type Route =
  | { view: 'home' }
  | {
      view: 'note';
      path: string;
      /** A heading, block (`^id`) or text to scroll to and highlight when the note opens. */
      anchor?: string;
      /**
       * The 0-based line of the note's body where a text `anchor` is (a search hit's match): the
       * occurrence there is revealed rather than the first one in the note.
       */
      line?: number;
      /** Put the cursor in the title (a note just created, to be named). */
      focusTitle?: boolean;
    }
  | {
      view: 'search';
      /** The query shown (the search view remembers the last one when absent). */
      query?: string;
    }
  | { view: 'trash' }
  | { view: 'settings' }
  | {
      view: 'journal';
      /** The day the calendar shows, `YYYY-MM-DD` (default: today). */
      date?: string;
      /** List entries from this day back, `YYYY-MM-DD` (default: from the newest). */
      from?: string;
    }
  | {
      view: 'weeklyReview';
      /** A day of the week reviewed, `YYYY-MM-DD` (its first day when the app picks it). */
      week: string;
    }
  | { view: 'domains' }
  | { view: 'domain'; slug: string }
  | { view: 'tag'; tag: string };

export type RouteView = Route['view'];

export function sameRoute(a: Route, b: Route): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
