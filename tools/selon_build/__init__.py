"""selon's data builders: the code behind tools/build-lexicons and tools/build-cues.

Python 3.11, standard library only. The commands put tools/ on sys.path and call
`selon_build.lexicons.main()` or `selon_build.cues.main()`; the tests (tests/python/) import
the modules with PYTHONPATH=tools. One concept per module:

  text          norm, fold, slug, tokens, is_latin, title_insee: the keys the engine agrees with
  files         read/write text, JSON, TSV, PO; REPO (the repository root)
  words         common and function words (Lefff, hunspell-fr), relational adjectives, plural_fr
  store         Entity, Store (merge by id and by folded name), source priorities, final checks
  person_names  INSEE first names and surnames, cspell people: the person-name filters
  curated       lexicons/curated/*.txt, first in the store
  places        countries, CLDR regions, French régions/départements/communes, world cities
  people        deputies (Wikidata + Assemblée nationale), media owners
  organizations media, parties, ministries, public bodies, EPCI; then the four below
  sigles        public bodies from the administration's acronyms
  nsi           brands and operators (name-suggestion-index)
  cspell        companies (cspell)
  clubs         football clubs (openfootball, lexicons/sources/)
  org_filters   org_drop_reason, brand_shaped (every organization and product source)
  products      simple-icons, LobeHub AI brands
  subdivisions  ISO 3166-2 subdivisions (iso-codes): subdivisions.tsv
  airlines      airlines (OpenFlights, lexicons/sources/): airlines.tsv
  case          the case policy (case=cap|exact, start=ok, head=lower)
  output        places/organizations/people/products.tsv, review/dropped.tsv
  evidence      lexicons/evidence/*.tsv
  readme        the counts table of lexicons/README.md
  lexicons      main() of tools/build-lexicons: the order of the sources
  cues          main() of tools/build-cues: lexicons/cues/forms.tsv, infinitives.txt
"""
