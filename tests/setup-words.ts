// A page fetches its catalogue before it renders (hooks' init); a test's state and components made
// without a page start in English, so English is fetched before any test runs.
import { loadWords } from '../src/lib/words/catalogue';

await loadWords('en');
