import { configure } from '@testing-library/dom';

/**
 * `findBy…` and `waitFor` wait for what a user would see, not for a deadline: on a loaded CI
 * runner a view can take seconds to settle, and the default (one second) failed tests that
 * were right.
 */
configure({ asyncUtilTimeout: 15_000 });
