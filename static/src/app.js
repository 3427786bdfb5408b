// Progressive enhancement only: every page works without this file.
import { initAll } from './govuk/govuk-frontend.min.js'
import { initReadAloud } from './read-aloud.js'

initAll()
initReadAloud()
