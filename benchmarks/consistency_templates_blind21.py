"""Blind21: a twenty-first independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind21`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-25 (started 06:20:08 UTC, ``date -u``) by an independent
tester, on branch ``cblind21`` (worktree /work/wt/cblind21) from base commit
c1b82fe87a04d882cdd619eb0c9695386ba3644f (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant) and ``conflicting_figures`` (one quantity
stated as fact with two different numbers in one article).

New against blind20 (whose header lists its own kinds), by design:

* name variants from languages and variant types blind20 did not use: Greek
  romanisations (Papanikolaou/Papanicolaou, Oikonomou/Economou, Chatzidaki/
  Hatzidaki), Albanian ç and ë, Maltese ż and ġ/ċ (Żammit, Ġauċi), Polish ą and ł
  (Dąbrowska, Michałowski), Latvian ē, ņ and š
  (Bērziņa, Kalniņš), Croatian ć for a new person, German ß written ss
  (Weiß/Weiss), Danish and Norwegian ø, å, æ (Sørensen, Bråthen/Braathen,
  Kjær/Kjaer), Swedish ö for a new person, German transliterations of
  Russian and Ukrainian names (Volkova/Wolkowa, Shevchuk/Schewtschuk, Chernov/
  Tschernow), Georgian in Russian and German forms (Beridze/Beridse,
  Javakhishvili/Dzhavakhishvili), Welsh against anglicised spellings
  (Llywelyn/Llewellyn, Rhys/Rees), Scottish Gaelic against the anglicised
  form (NicDhòmhnaill/MacDonald), Dutch ij against y (Dijkstra/Dykstra),
  Italian and Filipino particles written apart and together (De Luca/DeLuca,
  Dela Cruz/Delacruz), an old French spelling (Lefèvre/Lefebvre), Basque tx
  against Spanish ch (Etxeberria/Echeverría), Catalan against Castilian
  (Vilanova/Villanueva), old Spanish x (Ximénez/Jiménez), Brazilian against
  European Portuguese (Moraes/Morais, Souza/Sousa), Quechua against Spanish
  spelling (Waman/Huamán), the Hawaiian ʻokina (Kaʻaihue), Māori macrons
  (Pōtae, Kīngi), Yoruba tone marks (Adébáyọ̀/Adebayo), Gambian English
  against Senegalese French spellings (Jallow/Diallo, Ndiaye/N'Diaye), Somali
  c and x (Cabdille/Abdille, Xirsi/Hirsi), Amharic (Tesfaye/Tesfay), Hokkien
  against pinyin (Lim/Lin, Ong/Wang), Mongolian (Batbayar/Bat-Bayar), Hmong
  RPA (Xyooj/Xiong), Lao, new Korean people (Rhee/Lee, Choi/Choe), Japanese
  Hepburn against Kunrei-shiki (Tsuchiya/Tutiya, Fujita/Huzita) and "oh"
  against "o" (Ohno/Ono), Hindi and Bengali (Srivastava/Shrivastava,
  Chaudhary/Chowdhury), Urdu q against k (Qureshi/Kureishi), Sinhala against
  Portuguese (Perera/Pereira), Egyptian g against j (Hegazy/Hijazi),
  Persian gh against q (Ghorbani/Qorbani) and Kurdish x against kh
  (Xoşnaw/Khoshnaw) -- 61 transliteration people, plus 42 new invented
  people for the mechanical variants.  The later reference is placed in the
  positions the brief names, with new sentences: after a colon ("the answer
  never changes: X", "first prize, X"), in headline-style clauses ("Last
  post, first steps: X does it again", "Crust and glory for X", "Moles out,
  cricket in, as X clears the square"), in lists of several people
  (including a peal's band of surnames and an honours board), in inverted
  attribution with "said", "insisted", "admitted" and "shrugged", in a
  possessive, after title abbreviations blind20 did not use (Supt., Lt.,
  Col., Rev., Sen., Rep., Cmdr.) and after Mr./Ms., inside parentheses, at
  the start of a quoted sentence's attribution ("laughed", "pleaded", "said
  simply", "confessed"); and in positions blind20 did not have: "With X at
  the helm", "According to X", an "X-led" compound, the surname as a
  modifier ("The X routine"), a byline ("by X"), programme credits and a
  results table, "except X", "Not even X", the answer "X, in 1979", "Meet
  X", "Ask X", a shop-window note signed "— X", a tree label ("Planted for
  X"), a book's dedication ("From X, with thanks"), after an age ("At
  ninety-one, X"), an interrupting "X admits", "ask for X by name", and a
  chant ("Thank you, X!").
* name near-misses: different people with look-alike surnames (Reid/Reade,
  Clarke/Clark, Stephens/Stevens, Jeffries/Jefferies, Kerr/Carr, Hurst/Hirst,
  Tait/Tate, Dixon/Dickson, Reeve/Reeves, Foulkes/Fowkes ...) as auctioneer
  and dealer, coach and rower, landlord and tenant, club-captain rivals,
  pilot and co-pilot, boatyard seller and buyer, judge and offender, rival
  bakers, surgeon and patient, curate and verger swapping jobs, finder and
  owner of a wallet, chess champion and schoolchild, neighbouring sheep
  farmers, people born on one day in one hospital, neighbours with each
  other's parcels, two baking-show finalists; relatives of new kinds (a
  grandparent at a forge, a twin, a cousin, a distant relative who
  emigrated, a late parent, an adopted sibling, a parent-in-law, an older
  half-sibling); places (Malham Cove, Ilkley Moor, Bolton Abbey, Hayling
  Island ...); streets and buildings (Telford Crescent, the Nightingale Wing,
  Darwen Court, Stevenson Place, Wedgewood Close ...); companies
  (Hargreaves Haulage, Ormerods Pharmacy ...); products (the Kingsly robot
  mower, the Ashbee slow cooker ...); ships (the cable ship Carmichel, the
  dredger Livingston Bay, the container ship Urquart Trader ...); and people
  with the new title abbreviations spelt consistently.
* figures restated in other words: other nouns ("cellars" ... "basements",
  "berths" ... "moorings", "objections" ... "complaints", "stray dogs" ...
  "hounds", "spectators" ... "onlookers"), a pronoun ("Every one of those
  N"), appositions ("The margin, N,", "The candidate's share, N,", "That
  rainfall, N mm,", "The vessel, N l when full,"), nominalisations ("spent"
  ... "the bill of", "gave" ... "That windfall of", "raised" ... "the income
  of", "scored" ... "Their tally of", "walked" ... "Their pilgrimage of",
  "has N pupils" ... "Its roll of", "employ" ... "workforce of", "is" ...
  "the purse of"), "some N strong", compounds ("-day walkout", "-hour
  breakdown", "-week shutdown", "-year tradition", "-year restoration",
  "-km loop", "-km course", "-kg pony", "-kilo animal", "-minute epic",
  "-min window", "-hr ordeal", "-litre tank", "-foot drop", "-mile voyage",
  "-tonne load", "-tonne span", "-year-old"), units written differently
  ("km/h" ... "kilometres an hour", "degrees Celsius" ... "°C", "hectares"
  ... "ha", "millimetres" ... "mm", "feet" ... "ft", "tonnes" ... "t"), a
  rate restated ("Child poverty ... N" ... "N of the town's children are
  growing up poor", "vaccination rate" ... "N of children vaccinated"),
  per-capita figures ("N pharmacies for every hundred thousand people" ...
  "N per hundred thousand residents", "N per resident a week" ... "N a head
  each week", "N patients per thousand residents" ... "A rate of N in every
  thousand").  As in blind18 to blind20, the fixed-number wordings ("a
  dozen", "a score of", fractions against percentages) cannot be marked as
  sides with the shared figure families (``value_of`` does not read "a
  dozen" or "a third"), so they appear in near-misses instead ("a dozen of
  them play the violin", "a score of them first-aiders", "about a third of
  them for fishing boats", "About a quarter of the N pupils", "Nearly half
  of the N councillors"), and once as an unmarked aside in a conflict ("A dozen
  volunteers walked the N hounds").
* figure near-misses of new kinds: two dates (a carnival, a bat count, a
  river peak a week apart, chips on the pier, nights a shelter was full, a
  crossing in a gale and the next day), before/after (new signalling, a pond
  in a drought, a library's move, a bus route after a bypass, a shop after a
  station closed), planned against actual (a school's capacity, a sea wall's
  budget, an ultramarathon cut by flooding, festival guests in the rain, rail
  works, a harvest forecast, a cruise ship kept by fog), a part and the
  whole (woodland in an estate, tenors in a choir, finishers among
  starters, paintings in storage, water kept for a garden, one donor's share
  of an appeal), two groups (boys and girls, visitors and residents at a
  lido, men's and women's teams, two wards, smokers and non-smokers, two
  kinds of flat), gross against net (a fair after the marquee, turnover and
  profit, a pig on the hoof and as meat, grapes and juice), nominal against
  real (bus fares, a Victorian pier, a 1950 cinema ticket), two units of
  different things (passengers and dogs, tonnes and kilometres, feet and
  hours, litres and farms, gusts and rain, hectares and deer, miles and
  passengers), corrected figures told as such (a bridge's cost, cases of an
  illness, marchers, a balloon's altitude, a runner's age, a fuel tank),
  percentages and per-capita figures beside totals (households and their
  recycling rate, road spending and forty dollars per resident, boats and
  the share over forty years old), a grant against fundraising, a busiest
  day against an average day, morning against evening trains, a contrail
  against a cloud base, two flood gauges, two railway lines, a person's age
  and a partner's, heaviest and lightest marrows, an average time against
  a record, an old and a new lifeboat, two productions at one theatre.
Fresh: to be scored once on the code at the end of session 24 as the before of session 25's rounds, never used to tune.

What the author read: the brief (``cat``); ``date``/``date -u`` and ``git
rev-parse HEAD`` of the new worktree; ``ls`` of the worktree root and of
benchmarks/ and tests/ (file names only; no other file opened);
benchmarks/consistency_template_kit.py (whole file, ``cat``);
benchmarks/consistency_templates_blind20.py (whole file, with ``wc -l`` and
``sed -n`` in three ranges: header, people lists, context functions and all
four template lists -- none of its sentences, people, places, organisations,
titles, roles or name pairs is reused here), with ``grep -n`` of its section
and function line numbers (to copy its machinery with ``sed``);
tests/consistency_template_checks.py and
tests/test_consistency_templates_blind20.py (whole files, ``cat``); ``grep -n
-A11 "def load_benchmark" tests/conftest.py``; in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind20\\|BLIND20\\|def sets_for\\|choices=\\|^SPLITS"`` (before the wiring)
and of ``grep -n "blind21"`` (after it); ``git status --short`` (file names
only).  Seen by accident: the subject line of the base commit, printed by
``git worktree add`` ("README, docs/performance.md: the speed figures were
measured at 59e9531, before the last precision guard; say so instead of
'final code'"; nothing about how names or figures are detected); in the
``ls`` listings, the names of the other files in benchmarks/ and tests/
(other template sets, date template sets, tests with names such as
test_names_devoicing.py or test_restate25.py), none opened; blind20's own
header and test (read as allowed), which name blind19's and blind18's kinds,
blind19's lists as attributes and the brief's three example pairs.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
benchmarks/consistency_misses.py, any other tests file, the templates of
blind2 to blind19, any git history; ``reliability.score`` was never called
and the detector was never run on these templates.
tests/test_consistency_templates_blind21.py imports the harness module (as
blind20's test does) to check the ``blind21`` wiring -- the harness's lists
are never printed or inspected, and whatever it imports, or pytest's loading
of tests/conftest.py imports, was never looked at -- and loads blind20's
module to check that nothing is shared with it (the brief's pairs
Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and every pair
named in blind20, were deliberately not used).  The author ran only the
well-formedness test of this set, which runs no detector, and a throwaway
script in /tmp printing one rendered sample of every template (for several
seeds) and the test's count of restatements in the same words.  The test
passed on its first run (after the wiring).
Reading the drafts and the rendered samples led to rewording before the
commit: given names written with a space (Hokkien) were hyphenated, since
the checks split the full name at the first space; a Welsh patronymic
starting with a lower-case "ap"/"ab" was replaced (a swapped variant must
start with a capital); two draft surnames close to blind20's people
(Whitlock, one of its figure people, and Castellano, near its Castellanos)
were replaced; near-misses no longer open with
a lower-case building, product or ship name; gendered words given to
people of either sex (a grandfather, a great-uncle, a late mother, a
mother-in-law, a paper-round boy, a soprano, a men's shed founded by a
woman) were made neutral; restatements that were not the same quantity (a
healthy pony's weight, a speed limit on old track, a vaccination target, a
coach's points forecast, what Victorian drains can take) were rewritten as
restatements; and figure sentences whose random values gave impossible
magnitudes (trains past a school at 320 km/h, a 140-km pier, walkers
climbing 38,000 feet, a helicopter and a mast at 38,000 feet, a mooring
for €950,000, a dam of 200 litres, a "record" slower than the average, a
scoop of ice cream at $18, 72,000 rally entrants or hospital staff, three
generations in two years) were reworded.
The copied test's own parts were adapted to this set: the counts (the
brief's minimums only: the copied "at least as many as the previous set"
check would have needed blind19's module, which the brief forbids, and was
dropped), the languages table (at least 60 transliteration people), the seed
of the exhaustive check (21), the set checked for sharing (blind20 only:
the brief forbids the author to open any other template module), the earlier
splits named in the harness check, and the restatement cues of the wordings
used here.

The helpers ``_EDITS``, ``_gender_words``, ``_pair``, ``_round_pair``,
``_styled`` and ``value_of`` are imported from the shared kit as blind20
imports them; ``_common``, ``name_context``, ``name_near_context``,
``_figures`` (all its families), ``figure_context`` and
``figure_near_context`` are blind20's, copied unchanged with ``sed``.  All
people, places, organisations, titles, roles, name pairs and sentences are
new.  This set has 69 name templates (61 transliteration people, 42 invented
people for the mechanical variants), 95 figure templates (by the test's
count of the word after each number, 38 restated in the same words and 57 in
other words; all 26 figure families), 51 name near-misses and 69 figure
near-misses.

Conventions (those of the harness, as in blind3 to blind20): a template is a
tuple of one to three sentences with ``{placeholders}``; a context function
takes a ``random.Random`` and returns the dict filling them; conflict sides are
marked ``[[...]]`` in the template (the full name and the variant surname; the
two numbers); the context key ``"kind"`` names the variant:

* names: ``transliteration`` (drawn about a third of the time; the pair's two
  spellings are used in either order), ``letter changed``, ``letters swapped``,
  ``letter dropped``, ``letter doubled``;
* figures: the number style of the two sides, ``digits/digits``,
  ``words/digits``, ``digits/words``, ``words/words`` (applies to the small
  counts ``c``, percentages ``pc``, ages ``age``, day counts ``dy``, hour
  counts ``hr``, week counts ``wk`` and year counts ``yr``); hundreds ``hh``,
  thousands ``th``, votes ``vt``, money ``usd``/``eur``/``gbp``, prices ``pr``,
  distances ``km``/``mi``, speeds ``spd`` (km/h), weights ``kg``/``tn``,
  minutes ``mn``, temperatures ``tc`` (degrees Celsius), points ``pts``,
  hectares ``ha``, rainfall ``mm``, altitudes ``ft`` and volumes ``lt`` are
  always digits, as copy writes them.

Figure families are ``<family>1`` / ``<family>2``.  In conflict contexts the two
values differ by at least 20 percent (either order).  In near-miss contexts the
first value is always the larger one.  Near-miss templates carry no marks.

Extra context keys: names ``first`` (given name of the person), ``title`` (a
title for the person) and ``hon`` (Mr./Ms.); near-miss names ``fa``/``fb``
(given names of ``a``/``b``), ``r``/``fr`` (a relative of ``a`` sharing the
surname ``sa``), ``c``/``sc`` and a look-alike ``place``, ``d``/``sd`` and a
``company`` named like them, ``e``/``se`` and a ``product`` named like them,
``f``/``sf`` and a ``ship`` named like them, ``g``/``sg`` and a street or
``building`` named like them; figures ``person`` (an invented name) and
``year`` / ``prev`` (a year and the year before it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from consistency_template_kit import (  # noqa: E402  (benchmarks/ helper: the sets' shared machinery)
    contexts, value_of,
)

# ------------------------------------------------------------------ people

# (first name, surname, "m"/"f"): invented people for mechanical variants.
PERSONS = [
    ("Leopold", "Quarrendon", "m"), ("Perpetua", "Hollinshead", "f"), ("Barnaby", "Threlfall", "m"),
    ("Cordelia", "Mountstephen", "f"), ("Erasmus", "Copplestone", "m"), ("Imogen", "Strickland", "f"),
    ("Thaddeus", "Wigglesworth", "m"), ("Letitia", "Bannerman", "f"), ("Cuthbert", "Featherstone", "m"),
    ("Honoria", "Kettlewell", "f"), ("Algernon", "Pickersgill", "m"), ("Drusilla", "Sandiford", "f"),
    ("Reginald", "Tunnicliffe", "m"), ("Evangeline", "Marchbank", "f"), ("Humphrey", "Bradshaw", "m"),
    ("Isadora", "Cheeseborough", "f"), ("Ptolemy", "Gartside", "m"), ("Vivienne", "Lumsden", "f"),
    ("Oswald", "Brocklehurst", "m"), ("Petronella", "Dunstable", "f"), ("Godfrey", "Ravensworth", "m"),
    ("Cressida", "Hebblethwaite", "f"), ("Ferdinand", "Mortlock", "m"), ("Harriet", "Sunderland", "f"),
    ("Leofric", "Tilbrook", "m"), ("Ianthe", "Wolstenholme", "f"), ("Mortimer", "Ashcombe", "m"),
    ("Clemency", "Crowther", "f"), ("Chidi", "Onyekachi", "m"), ("Adaeze", "Nwachukwu", "f"),
    ("Rupert", "Fothergill", "m"), ("Genevieve", "Larkham", "f"), ("Ansel", "Pendlebury", "m"),
    ("Felicity", "Rushworth", "f"), ("Isidore", "Castiglione", "m"), ("Marguerite", "Dunkerley", "f"),
    ("Evander", "Stobart", "m"), ("Gwendolen", "Tankersley", "f"), ("Cosimo", "Vittorelli", "m"),
    ("Ludmila", "Prokopenko", "f"), ("Augustin", "Bellamy", "m"), ("Tabitha", "Gregson", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations, spellings or written forms, from languages and variant types blind20 did not use.
TRANSLITERATIONS_PEOPLE = [
    # Greek (two romanisations)
    ("Eleni", "Papanikolaou", "Papanicolaou", "f"), ("Stavros", "Oikonomou", "Economou", "m"),
    ("Despina", "Chatzidaki", "Hatzidaki", "f"),
    # Albanian ç and ë dropped / Maltese ż, ġ, ħ dropped
    ("Arben", "Çela", "Cela", "m"), ("Mirela", "Dervishë", "Dervishe", "f"),
    ("Carmen", "Żammit", "Zammit", "f"), ("Joseph", "Ġauċi", "Gauci", "m"),
    # Polish ł, ą, ś / Latvian ā, ņ, ē / Croatian ć, č (new people)
    ("Agnieszka", "Dąbrowska", "Dabrowska", "f"), ("Tomasz", "Michałowski", "Michalowski", "m"),
    ("Ilze", "Bērziņa", "Berzina", "f"), ("Jānis", "Kalniņš", "Kalnins", "m"), ("Ivana", "Babić", "Babic", "f"),
    # German ß written ss / Danish and Norwegian ø, å, æ / Swedish å
    ("Konrad", "Weiß", "Weiss", "m"), ("Sigrid", "Sørensen", "Sorensen", "f"), ("Espen", "Bråthen", "Braathen", "m"),
    ("Mette", "Kjær", "Kjaer", "f"), ("Ingvar", "Björklund", "Bjorklund", "m"),
    # German transliterations of Russian and Ukrainian (w, sch, tsch)
    ("Irina", "Volkova", "Wolkowa", "f"), ("Larysa", "Shevchuk", "Schewtschuk", "f"),
    ("Boris", "Chernov", "Tschernow", "m"),
    # Georgian (Russian and German forms)
    ("Nino", "Beridze", "Beridse", "f"), ("Levan", "Javakhishvili", "Dzhavakhishvili", "m"),
    # Welsh against anglicised spellings / Scottish Gaelic against anglicised
    ("Dafydd", "Llywelyn", "Llewellyn", "m"), ("Catrin", "Rhys", "Rees", "f"),
    ("Eilidh", "NicDhòmhnaill", "MacDonald", "f"),
    # Dutch ij against y / Italian and Filipino particles written together / French old spelling
    ("Maarten", "Dijkstra", "Dykstra", "m"), ("Rosaria", "De Luca", "DeLuca", "f"),
    ("Marites", "Dela Cruz", "Delacruz", "f"), ("Amandine", "Lefèvre", "Lefebvre", "f"),
    # Basque tx against Spanish ch / Catalan against Castilian / old Spanish x / Brazilian against European
    ("Iñaki", "Etxeberria", "Echeverría", "m"), ("Montserrat", "Vilanova", "Villanueva", "f"),
    ("Gonzalo", "Ximénez", "Jiménez", "m"), ("Thiago", "Moraes", "Morais", "m"), ("Luana", "Souza", "Sousa", "f"),
    # Quechua modern against Spanish spelling / Hawaiian ʻokina / Māori macrons
    ("Wayra", "Waman", "Huamán", "m"), ("Leilani", "Kaʻaihue", "Kaaihue", "f"), ("Hēmi", "Pōtae", "Potae", "m"),
    ("Aroha", "Kīngi", "Kingi", "f"),
    # Yoruba tone marks dropped / Gambian English against Senegalese French / Somali x and c / Amharic
    ("Adéwálé", "Adébáyọ̀", "Adebayo", "m"), ("Fatou", "Jallow", "Diallo", "f"), ("Ousmane", "Ndiaye", "N'Diaye", "m"),
    ("Hodan", "Cabdille", "Abdille", "f"), ("Warsame", "Xirsi", "Hirsi", "m"), ("Selamawit", "Tesfaye", "Tesfay", "f"),
    # Hokkien against pinyin / Mongolian / Hmong RPA / Lao
    ("Boon-Huat", "Lim", "Lin", "m"), ("Siew-Ling", "Ong", "Wang", "f"), ("Bolormaa", "Batbayar", "Bat-Bayar", "f"),
    ("Pao", "Xyooj", "Xiong", "m"), ("Bounmy", "Phommachanh", "Phommachan", "m"),
    # Korean (new people) / Japanese Hepburn against Kunrei-shiki and oh against o
    ("Hye-jin", "Rhee", "Lee", "f"), ("Seung-woo", "Choi", "Choe", "m"), ("Daisuke", "Tsuchiya", "Tutiya", "m"),
    ("Mariko", "Fujita", "Huzita", "f"), ("Takeshi", "Ohno", "Ono", "m"),
    # Hindi and Bengali / Urdu q against k / Sinhala against Portuguese / Egyptian g against j / Persian gh, q
    ("Anjali", "Srivastava", "Shrivastava", "f"), ("Rahul", "Chaudhary", "Chowdhury", "m"),
    ("Farah", "Qureshi", "Kureishi", "f"), ("Dilani", "Perera", "Pereira", "f"), ("Karim", "Hegazy", "Hijazi", "m"),
    ("Parisa", "Ghorbani", "Qorbani", "f"), ("Dilshad", "Xoşnaw", "Khoshnaw", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Reid", "Reade"), ("Clarke", "Clark"), ("Stephens", "Stevens"), ("Jeffries", "Jefferies"),
    ("Byrne", "Byrnes"), ("Kerr", "Carr"), ("Lyons", "Lyon"), ("Hurst", "Hirst"), ("Pike", "Pyke"),
    ("Rhodes", "Rhoades"), ("Waite", "Wait"), ("Searle", "Searl"), ("Tait", "Tate"), ("Dixon", "Dickson"),
    ("Reeve", "Reeves"), ("Beale", "Beal"), ("Coates", "Coats"), ("Foulkes", "Fowkes"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Malham", "Malham Cove"), ("Buxton", "Buxton Spa"), ("Hexham", "Hexham Abbey"), ("Tring", "Tring Park"),
    ("Ilkley", "Ilkley Moor"), ("Ludlow", "Ludlow Racecourse"), ("Keswick", "Keswick Landing"),
    ("Bolton", "Bolton Abbey"), ("Hayling", "Hayling Island"),
]
# (surname, street or building named like a person)
BUILDING_SURNAMES = [
    ("Telford", "Telford Crescent"), ("Nightingale", "the Nightingale Wing"), ("Darwin", "Darwen Court"),
    ("Stephenson", "Stevenson Place"), ("Fry", "Fry's Yard"), ("Seacole", "the Seacole Centre"),
    ("Turing", "the Turing Building"), ("Wedgwood", "Wedgewood Close"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Hargreaves", "Hargreaves Haulage"), ("Ormerod", "Ormerods Pharmacy"), ("Whittaker", "Whittakers Glaziers"),
    ("Butterworth", "Butterworths Coaches"), ("Sutcliffe", "Sutcliffes Scaffolding"),
    ("Haworth", "Haworths Opticians"), ("Kershaw", "Kershaws Kitchens"), ("Ackroyd", "Ackroyds Butchers"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Kingsley", "the Kingsly robot mower"), ("Ashby", "the Ashbee slow cooker"),
    ("Fairfax", "the Fairfaxe electric bike"), ("Lindley", "the Lindlee smart doorbell"),
    ("Hollister", "the Holister camping stove"), ("Waverley", "the Waverly sewing machine"),
    ("Sinclair", "the Sinclaire pressure washer"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Carmichael", "the cable ship Carmichel"), ("Drummond", "the pilot cutter Drumond Pride"),
    ("Livingstone", "the dredger Livingston Bay"), ("Sutherland", "the lifeboat Sutherlande"),
    ("Urquhart", "the container ship Urquart Trader"), ("Mcleod", "the fishing boat Macleod Lass"),
]
GIVEN_NAMES = ["Anselm", "Briony", "Cyprian", "Damaris", "Elric", "Faustina", "Gawain", "Hester", "Isolde",
               "Jethro", "Kerensa", "Lucian", "Maelis", "Nerys", "Osric", "Prudence", "Quentin", "Rosalind",
               "Saffron", "Tristram", "Ulla", "Vashti", "Willoughby", "Zebedee"]
PLACES = ["Chipping Sodbury", "Ballyvaughan", "Great Snoring", "Llanfair Talhaiarn", "Mousehole", "Blubberhouses",
          "Cold Christmas", "Ashby Puerorum", "Wetwang", "Auchtermuchty", "Goathland", "Pity Me"]
ORGANISATIONS = ["the bell-ringing guild", "the community orchard", "the youth orchestra", "the village pantry",
                 "the mountain rescue team", "the cricket club", "the men's shed", "the wildlife trust",
                 "the amateur dramatic society", "the sea-swimming club", "the heritage railway", "the book club"]
ROLES = ["the secretary of", "the chair of", "the youngest member of", "the president of",
         "the manager of", "a volunteer with", "the archivist of", "the honorary auditor of"]
TITLES_M = ["Supt.", "Lt.", "Col.", "Rev.", "Sen.", "Rep.", "Cmdr."]
TITLES_F = ["Supt.", "Lt.", "Col.", "Rev.", "Sen.", "Rep.", "Cmdr."]
FIGURE_PEOPLE = ["Ottoline Achterberg", "Severin Mbeki-Lowe", "Aurelie Kwarteng", "Fergus Yamamura",
                 "Bettina Oduya", "Lazarus Henshall", "Marisol Quaye", "Dagobert Illingworth",
                 "Perdita Balogun", "Casper Nwosu-Hart"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=True)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    # after a colon
    ("The harpist [[{full}]] has played at four hundred weddings in {town} and never missed one.",
     "Ask the vicar who to book and the answer never changes: [[{var}]]."),
    ("The volunteer archivist [[{full}]] has catalogued every photograph in the parish chest.",
     "Each envelope now carries the same pencilled initials and one name: [[{var}]]."),
    ("The sheepdog trainer [[{full}]] has entered a collie in the national trials for the first time.",
     "Only one handler from the county made the final list: [[{var}]]."),
    ("The allotment champion [[{full}]] has won the onion class for a sixth year.",
     "The judges' card said it all: first prize, [[{var}]]."),
    # in a headline-style clause
    ("The retired postman [[{full}]] has walked the length of the old mail route to mark its centenary.",
     "Last post, first steps: [[{var}]] does it again."),
    ("The harbour diver [[{full}]] has recovered a wedding ring dropped from the pier.",
     "Ring found, couple delighted, [[{var}]] modest."),
    ("The village baker [[{full}]] has been named the county's best sourdough maker.",
     "Crust and glory for [[{var}]]."),
    ("The mole-catcher [[{full}]] has been hired by the cricket club to save its wicket.",
     "Moles out, cricket in, as [[{var}]] clears the square."),
    # in a list of several people
    ("The bell-ringing guild has elected a new tower captain, [[{full}]].",
     "The peal on {day} was rung by Okonjo, Ferris, [[{var}]], Lamb, Quist and Dunmore."),
    ("The wildlife trust's otter survey was led by the ecologist [[{full}]].",
     "Volunteers on the river that week were a plumber, two students, [[{var}]] and a retired judge."),
    ("The cricket club has appointed the groundsman [[{full}]] as its new head of pitches.",
     "The club's honours board now lists Marsh, Atherton, [[{var}]] and Quigley."),
    ("The youth orchestra's new leader is the violinist [[{full}]].",
     "Soloists at the spring concert will be a trumpeter, two cellists and [[{var}]]."),
    ("The tool library in {town} was set up by the retired joiner [[{full}]].",
     "Regulars include a former judge, a tree surgeon, [[{var}]] and a man who builds clocks."),
    # inverted attribution
    ("The lollipop warden [[{full}]] stopped traffic for a family of ducks on {day}.",
     "\"They had right of way, as far as I was concerned,\" said [[{var}]]."),
    ("The snowplough driver [[{full}]] cleared the road to the farms through the night.",
     "\"Nobody was going to be cut off on my watch,\" said [[{var}]]."),
    ("The tide-table compiler [[{full}]] has not made a mistake in thirty years.",
     "\"The moon does the hard work,\" said [[{var}]], \"I just do the sums.\""),
    ("The cheesemonger [[{full}]] has aged a cheddar for ten years in a cave.",
     "\"Patience is the main ingredient,\" insisted [[{var}]]."),
    ("The marathon pacer [[{full}]] ran the whole course holding a balloon.",
     "\"The balloon was the hard part,\" admitted [[{var}]]."),
    ("The night-bus driver [[{full}]] has been voted the friendliest driver in the city.",
     "\"I just say good evening to everyone,\" shrugged [[{var}]]."),
    # possessive
    ("The organist [[{full}]] has played at the cathedral every Sunday since 1988.",
     "[[{var}]]'s last voluntary will be played on the final Sunday of {month}."),
    ("The glassblower [[{full}]] has made a chandelier for the town hall.",
     "Visitors can watch [[{var}]]'s assistants polish the crystals."),
    ("The storyteller [[{full}]] has collected a hundred folk tales from the valley.",
     "Children in {town} now know [[{var}]]'s tales by heart."),
    ("The quiz master [[{full}]] has written questions for the pub quiz every week for twenty years.",
     "Regulars say nobody has ever beaten one of [[{var}]]'s picture rounds."),
    ("The potter [[{full}]] has been commissioned to make the trophies for the regatta.",
     "Each of [[{var}]]'s trophies is shaped like a wave."),
    # after a title abbreviation
    ("[[{full}]] has been named the new commander of the county's coastguard.",
     "The first inspection by {title} [[{var}]] will be held in {month}."),
    ("[[{full}]] has blessed the fishing fleet at the start of the season.",
     "Crews lined the quay as {title} [[{var}]] walked along the boats."),
    ("[[{full}]] has opened the new footbridge over the railway.",
     "A brass band played as {title} [[{var}]] cut the ribbon."),
    ("[[{full}]] will present the prizes at the school sports day.",
     "Pupils have been told that {title} [[{var}]] once ran for the county."),
    ("[[{full}]] has been made an honorary member of {org}.",
     "A framed certificate was handed to {title} [[{var}]] on {day}."),
    ("[[{full}]] has complained to the council about the state of the pavements.",
     "Officials have promised {hon} [[{var}]] a reply within ten days."),
    ("[[{full}]] has been fined for parking on the village green during the fete.",
     "Magistrates told {hon} [[{var}]] the green is not a car park."),
    # inside parentheses
    ("The clockmaker [[{full}]] has restored the turret clock of the old mill.",
     "The clock (wound weekly by [[{var}]] since the repair) now keeps perfect time."),
    ("The botanist [[{full}]] has found a rare orchid growing beside the bypass.",
     "The orchid (first spotted by [[{var}]] from a bus) is now fenced off."),
    ("The retired teacher [[{full}]] has written a guide to the footpaths of the parish.",
     "The guide (illustrated by [[{var}]] in watercolour) sells for five pounds."),
    ("The cyclist [[{full}]] has ridden to every railway station in the region.",
     "The last leg (which [[{var}]] rode in a gale) ended at a halt with no trains."),
    # at the start of a quoted sentence's attribution
    ("The fire-station cook [[{full}]] has fed the crews for thirty years.",
     "[[{var}]] laughed: \"They eat faster when the bell goes.\""),
    ("The seal warden [[{full}]] has counted a record number of pups on the beach.",
     "[[{var}]] pleaded: \"Please keep dogs on leads until {month}.\""),
    ("The dry-stone waller [[{full}]] has rebuilt a mile of wall on the fell.",
     "[[{var}]] said simply: \"One stone on two, two stones on one.\""),
    ("The singer [[{full}]] sang the anthem at the cup final.",
     "[[{var}]] confessed: \"My knees were shaking.\""),
    # after "according to", "with ... at the helm", "led by" compound
    ("The new skipper of the sailing club's racing yacht is [[{full}]].",
     "With [[{var}]] at the helm, the yacht won its first race."),
    ("The auditor [[{full}]] has examined the parish council's accounts.",
     "According to [[{var}]], the books balance to the penny."),
    ("The trade-union official [[{full}]] has negotiated a pay deal for the bus drivers.",
     "The [[{var}]]-led talks lasted eleven hours."),
    ("The choreographer [[{full}]] has staged a dance for a hundred pensioners.",
     "The [[{var}]] routine ended with a conga round the bandstand."),
    # in a byline, a credit or a results table
    ("The local historian [[{full}]] has uncovered the story of a forgotten lifeboat rescue.",
     "The full account appears on page twelve, by [[{var}]]."),
    ("The set designer [[{full}]] has built a working steam engine for the pantomime.",
     "Programme credits: lighting, the Lamb brothers; scenery, [[{var}]]."),
    ("The angler [[{full}]] has landed the biggest pike caught on the lake this year.",
     "Results: heaviest fish, [[{var}]]; most fish, the Quayle twins."),
    # after "except", "including", "even", "not even"
    ("The toddler group's founder, [[{full}]], has retired after twenty years.",
     "Everyone knew about the surprise party except [[{var}]]."),
    ("The hill runner [[{full}]] has finished every race in the county calendar this year.",
     "Not even [[{var}]] expected to win the fell race in the fog."),
    # as the answer to a question, "meet", "ask"
    ("The lifeguard [[{full}]] has taught three generations of children to swim.",
     "Who taught the mayor to swim? [[{var}]], in 1979."),
    ("The council's new tree officer is [[{full}]], a former forester.",
     "Meet [[{var}]], the person who decides which trees stay."),
    ("The wedding florist [[{full}]] has supplied flowers for a royal visit.",
     "Ask [[{var}]] about it and you will hear only about the roses."),
    # in a sign, a label, a message, a dedication
    ("The greengrocer [[{full}]] has kept the shop open through the snow.",
     "A note in the window read: \"Back in five minutes — [[{var}]].\""),
    ("The schoolchildren have planted an oak in honour of the caretaker [[{full}]].",
     "The label on the tree says: \"Planted for [[{var}]], who fixed everything.\""),
    ("The novelist [[{full}]] has dedicated a new book to the town's librarians.",
     "The dedication reads simply: \"From [[{var}]], with thanks.\""),
    # apposition, comparison, reflexive
    ("The oldest bell-ringer in the diocese, [[{full}]], rang the bells for the new year.",
     "At ninety-one, [[{var}]] still climbs the tower stairs unaided."),
    ("The new goalkeeper [[{full}]] saved three penalties in the shoot-out.",
     "No keeper in the club's history has a better record than [[{var}]]."),
    ("The amateur inventor [[{full}]] has built a machine that sorts recycling by colour.",
     "The machine, [[{var}]] admits, still cannot tell green from blue."),
    # subject or object later in the copy
    ("The beach cleaner [[{full}]] has collected a tonne of plastic from the bay this year.",
     "The harbour board has given [[{var}]] a new trailer."),
    ("The hairdresser [[{full}]] has cut hair at the care home every {day} for a decade.",
     "Residents have knitted [[{var}]] a scarf in the home's colours."),
    ("The tractor restorer [[{full}]] has driven a 1948 tractor from {town} to the coast.",
     "Farmers along the way waved [[{var}]] through the villages."),
    ("The retired judge [[{full}]] now sells honey at the farmers' market.",
     "Customers rarely guess what [[{var}]] used to do."),
    ("The ferry cook [[{full}]] has served a million breakfasts at sea.",
     "Passengers still ask for [[{var}]] by name."),
    ("The amateur archaeologist [[{full}]] has found a Roman brooch in a molehill.",
     "The museum has invited [[{var}]] to the brooch's unveiling."),
    ("The publisher [[{full}]] has bought the newspaper {she} once delivered as a child.",
     "Staff gave [[{var}]] a sack of old papers as a joke."),
    ("The mountain rescue volunteer [[{full}]] has been called out two hundred times this year.",
     "The team has put [[{var}]] forward for a bravery award."),
    ("The theatre's prompter [[{full}]] has not missed a performance since 1995.",
     "The cast sang for [[{var}]] at the curtain call."),
    ("The stationmaster [[{full}]] has planted a garden on the disused platform.",
     "Passengers have nominated [[{var}]] for the best station garden in the region."),
    ("The ice-cream seller [[{full}]] has parked the same van on the seafront for forty summers.",
     "Holidaymakers now send postcards to [[{var}]] from abroad."),
    # a vocative, a chant
    ("The departing headteacher [[{full}]] was given a guard of honour by the pupils.",
     "The chant went round the playground: \"Thank you, [[{var}]]!\""),
]

NAME_NEAR_MISSES = [
    # two different people with look-alike surnames
    ("The auctioneer, {a}, knocked down the painting to a dealer, {b}, for a record price.",
     "{sb} had bid by telephone; {sa} brought the hammer down after a long pause."),
    ("{a} coached {b} to an Olympic place in the rowing eight.",
     "{sb} thanked {sa} in a speech at the town hall."),
    ("The landlord, {a}, has been taken to a tribunal by a tenant, {b}.",
     "{sb} says the roof leaks; {sa} says it was mended in {month}."),
    ("{a} beat {b} by a single vote in the election for club captain.",
     "{sa} offered {sb} the vice-captaincy."),
    ("The pilot, {a}, and the co-pilot, {b}, landed the plane safely on one engine.",
     "{sa} flew the approach; {sb} handled the radio."),
    ("{a} has bought the boatyard from {b}, who is retiring to Spain.",
     "{sb} built boats there for forty years; {sa} plans to repair them."),
    ("The judge, {a}, sentenced {b} to community service for painting graffiti on the pier.",
     "{sb} must now help repaint it; {sa} said the pier deserved better."),
    ("{a} and {b} both claim to have baked the first Eccles cake in {town}.",
     "{sa} has a recipe from 1910; {sb} has a photograph."),
    ("The surgeon, {a}, gave a new hip to a retired nurse, {b}.",
     "{sb} was dancing within a month, {sa} said."),
    ("{a}, the curate, and {b}, the verger, have swapped jobs for a week.",
     "{sb} will preach on {day}; {sa} will polish the brass."),
    ("{a} found a wallet belonging to {b} on the bus.",
     "{sa} handed it in; {sb} offered a reward, which was refused."),
    ("The chess champion, {a}, lost to a schoolchild, {b}, in a simultaneous display.",
     "{sb} is nine; {sa} said it was a fair defeat."),
    ("{a} and {b}, two sheep farmers, share a boundary wall and a quad bike.",
     "{sb} mends the wall; {sa} mends the bike."),
    # relatives
    ("{a} has taken over the forge from {r}, a grandparent who shod horses for sixty years.",
     "{fr} {sa} still calls in every morning; {fa} does the welding."),
    ("{a} and {r}, a twin, have been picked for the same rugby team.",
     "{fr} plays at hooker; {fa} on the wing."),
    ("{r}, a cousin, introduced {a} to bell-ringing as a child.",
     "Now {fa} rings the tenor bell and {fr} the treble."),
    ("{a} has found letters written by {r}, a distant relative who emigrated in 1923.",
     "{fr} {sa} wrote home every month for forty years."),
    ("{a} has named a new apple variety after {r}, the late parent who planted the orchard.",
     "{fr} grafted the first tree; {fa} sells the fruit."),
    ("{a} and {r}, an adopted sibling, have run the marathon together.",
     "{fa} finished a minute ahead of {fr}."),
    ("{r}, {a}'s parent-in-law, has moved into the flat above the shop.",
     "{fr} helps on the till; {fa} does the accounts."),
    ("{a} and {r}, an older half-sibling, have opened rival chip shops on the same street.",
     "{fr} fries in beef dripping; {fa} in vegetable oil."),
    # places named like people
    ("A landslip has closed the road to {place}.",
     "{c}, the parish clerk, said {sc} had warned the council about it in {month}."),
    ("A new bus route will serve {place} from {month}.",
     "{c}, who has no car, said {sc} would be on the first bus."),
    ("{c} has painted every season at {place} for a gallery show.",
     "{sc} set up an easel in the same spot for a year."),
    ("The tea room at {place} has reopened under new owners.",
     "{c}, who bought it, said {sc} had kept the old scone recipe."),
    # streets and buildings named like people
    ("The lights have failed in {building} again.",
     "{g}, who lives on the top floor, said {sg} had climbed the stairs in the dark all week."),
    ("Work has begun on renovating {building}.",
     "{g}, the architect, said {sg} would keep the original windows."),
    ("{g} has lived in {building} since it was built.",
     "{sg} remembers when the site was a bowling green."),
    ("A mural has been painted on the end wall of {building}.",
     "{g}, the artist, said {sg} wanted to brighten the street."),
    # companies named like people
    ("{company} has won a contract with the council.",
     "{d}, the firm's accountant, said {sd} had worked on the bid for months."),
    ("{d} has started an apprenticeship at {company}.",
     "{sd} hopes to run a branch one day."),
    ("{company} has been sold to a national chain.",
     "{d}, a customer of forty years, said {sd} would miss the old counter."),
    ("{d} is suing {company} over a broken promise.",
     "{sd} says the firm never finished the job."),
    # products named like people
    ("Shops have recalled {product} after complaints of overheating.",
     "{e}, a consumer journalist, said {se} had first reported the fault."),
    ("{e} designed {product} in a shed.",
     "{se} now employs twelve people."),
    ("{e} bought {product} at a car boot sale.",
     "{se} says it still works perfectly."),
    ("A design award has gone to {product}.",
     "{e}, one of the judges, said {se} was impressed by its simplicity."),
    # ships named like people
    ("Tugs have towed {ship} to the breakers' yard.",
     "{f}, who served on board, said {sf} had watched it leave from the harbour wall."),
    ("{f} has built a scale model of {ship}.",
     "{sf} used three thousand matchsticks."),
    ("On {day} {ship} ran aground on a sandbank.",
     "{f}, the coxswain of the rescue boat, said {sf} reached it within twenty minutes."),
    ("{f} has written a history of {ship}.",
     "{sf} interviewed every surviving crew member."),
    # titled people, spelt consistently
    ("Supt. {sa} has taken charge of policing in {town}.",
     "Supt. {sa} promised more officers on foot."),
    ("Lt. {sb} has led the regiment's band through the city.",
     "Lt. {sb} has played the bugle since the age of nine."),
    ("Col. {sa} has unveiled a memorial to the regiment's fallen.",
     "Col. {sa} read out all two hundred names."),
    ("Rev. {sb} has blessed the new lifeboat.",
     "Rev. {sb} once served as a lifeboat crew member."),
    ("Sen. {sa} has introduced a bill to protect wetlands.",
     "Sen. {sa} grew up beside a marsh."),
    ("Rep. {sb} has held a town meeting about the closed bridge.",
     "Rep. {sb} said repairs would begin in {month}."),
    ("Cmdr. {sa} has taken command of the patrol ship.",
     "Cmdr. {sa} joined the navy as a cadet."),
    # two people with look-alike names together
    ("{a} and {b} were born on the same day in the same hospital.",
     "Nurses once gave {sa} the wrong bottle, meant for {sb}."),
    ("{a} keeps receiving parcels meant for {b}, who lives two doors away.",
     "{sa} now keeps a shelf for {sb}'s deliveries."),
    ("{a} and {b} are the two finalists on the television baking show.",
     "{sb} made a cathedral of gingerbread; {sa} a lighthouse of meringue."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("The lifeboat was launched [[{c1}]] times in {month}.",
     "Crew members say [[{c2}]] times in a single month is a record for the station."),
    ("Volunteers on the beach clean filled [[{hh1}]] bags with rubbish.",
     "The council collected the [[{hh2}]] bags the next morning."),
    ("The agricultural show attracted [[{th1}]] visitors over the weekend.",
     "Car parks filled up early as the [[{th2}]] visitors arrived."),
    ("Water bills in {town} will rise by [[{pc1}]] from {month}.",
     "Pensioners' groups say bills rising by [[{pc2}]] will hit the poorest hardest."),
    ("The champion ploughman is [[{age1}]] years old.",
     "Judges said no ploughman [[{age2}]] years old had won the title before."),
    ("The village was without running water for [[{dy1}]] days.",
     "Bottled water was handed out at the church for [[{dy2}]] days."),
    ("The motorway was closed for [[{hr1}]] hours after the lorry fire.",
     "Some drivers sat in their cars for [[{hr2}]] hours."),
    ("The swimming pool will be shut for [[{wk1}]] weeks while the roof is replaced.",
     "Swimming clubs must find other pools for [[{wk2}]] weeks."),
    ("The ferry service to the island has run for [[{yr1}]] years without a serious accident.",
     "Its captain has been with the company for all [[{yr2}]] years."),
    ("The petition to save the bandstand gathered [[{vt1}]] signatures.",
     "Campaigners delivered the [[{vt2}]] signatures to the town hall in a wheelbarrow."),
    ("The new gas pipeline will run for [[{km1}]] kilometres under farmland.",
     "Landowners along the [[{km2}]] kilometres will be compensated."),
    ("The new fire station cost [[{usd1}]].",
     "Firefighters say the [[{usd2}]] was money well spent."),
    ("The village hall received a grant of [[{eur1}]] for a new roof.",
     "The grant of [[{eur2}]] also covers new toilets."),
    ("The sale of the manor house's library raised [[{gbp1}]].",
     "The estate will use the [[{gbp2}]] to repair the stables."),
    ("The new trains on the coast line can reach [[{spd1}]] km/h.",
     "Drivers tested the top speed of [[{spd2}]] km/h on a closed stretch of line."),
    ("The prize pumpkin at the show weighed [[{kg1}]] kilograms.",
     "It took four people to lift the [[{kg2}]] kilograms onto the scales."),
    ("The evening train from the city was delayed by [[{mn1}]] minutes.",
     "Passengers were offered vouchers for the [[{mn2}]] minutes."),
    ("The compost heap at the community garden reached [[{tc1}]] degrees in {month}.",
     "At [[{tc2}]] degrees, gardeners say, the heap was hot enough to kill weed seeds."),
    ("The basketball team scored [[{pts1}]] points in the cup semi-final.",
     "Their coach said the [[{pts2}]] points were the best the side had managed all year."),
    ("The estate's grouse moor covers [[{ha1}]] hectares.",
     "Gamekeepers burn patches of heather across the [[{ha2}]] hectares every spring."),
    ("The town had [[{mm1}]] millimetres of rain in the first week of {month}.",
     "The [[{mm2}]] millimetres of rain overwhelmed drains built in Victorian times."),
    ("A cup of coffee at the new station café costs [[{pr1}]].",
     "Commuters say [[{pr2}]] for a cup of coffee is daylight robbery."),
    ("The airliner was cruising at [[{ft1}]] feet when the window cracked.",
     "Cabin crew said the plane dropped from [[{ft2}]] feet in minutes."),
    ("The dairy collects [[{lt1}]] litres of milk a day from the valley's farms.",
     "A single tanker carries the [[{lt2}]] litres of milk to the creamery."),
    ("The charity bike ride from the coast to the hills covers [[{mi1}]] miles.",
     "Riders will stop for lunch halfway along the [[{mi2}]] miles."),
    ("The council spreads [[{tn1}]] tonnes of grit on the roads each winter.",
     "The [[{tn2}]] tonnes of grit are stored in a barn by the depot."),
    ("The pier's restoration has attracted [[{th1}]] donors.",
     "The names of all [[{th2}]] donors will be carved on the new boards."),
    ("The school has [[{c1}]] teachers this year.",
     "The head says [[{c2}]] teachers are not enough for the number of pupils."),
    ("The cathedral's new roof needed [[{hh1}]] oak beams.",
     "Each of the [[{hh2}]] oak beams was shaped by hand."),
    ("Turnout in the parish poll was [[{pc1}]].",
     "Officials said turnout of [[{pc2}]] was higher than at the last general election."),
    ("The tortoise at the wildlife park is believed to be [[{age1}]] years old.",
     "Keepers say a tortoise [[{age2}]] years old can still outlive its keepers."),
    ("The ferry strike lasted [[{dy1}]] days.",
     "Islanders ran out of fresh bread after [[{dy2}]] days."),
    ("The search for the missing walker lasted [[{hr1}]] hours.",
     "Rescuers had not slept in [[{hr2}]] hours when they found her."),
    ("The ward was closed to visitors for [[{wk1}]] weeks after an outbreak.",
     "Families could not visit relatives for [[{wk2}]] weeks."),
    ("The stall has sold the same fudge recipe for [[{yr1}]] years.",
     "Regulars have bought it every Saturday for [[{yr2}]] years."),
    ("The proposal to ban cars from the high street was backed by [[{vt1}]] votes.",
     "Traders question whether [[{vt2}]] votes speak for the town."),
    ("The new bus route is [[{km1}]] kilometres long.",
     "Drivers will stop at every village along the [[{km2}]] kilometres."),
    ("The new lifeboat cost [[{usd1}]].",
     "Fundraisers spent five years collecting the [[{usd2}]]."),
    ("The harbour authority charges [[{eur1}]] a year for a mooring for a superyacht.",
     "Owners pay the [[{eur2}]] without complaint, the harbour master says."),
    ("The wishing well at the garden centre yielded [[{kg1}]] kilograms of coins this year.",
     "The bank counted the [[{kg2}]] kilograms of coins by machine."),
    ("The queue for the bridge lifts lasted [[{mn1}]] minutes at rush hour.",
     "Drivers sat with their engines off for [[{mn2}]] minutes."),
    ("The hot spring at the spa is a steady [[{tc1}]] degrees.",
     "Bathers say [[{tc2}]] degrees is perfect in winter."),
    ("The heathland burnt in the fire covered [[{ha1}]] hectares.",
     "Wardens say the [[{ha2}]] hectares will take years to recover."),
    ("The coastal path around the peninsula is [[{mi1}]] miles.",
     "Walkers are advised to allow several days for the [[{mi2}]] miles."),
    ("The salt barn at the depot holds [[{tn1}]] tonnes.",
     "Council staff filled it to [[{tn2}]] tonnes before the first frost."),
    # restated in other words: other nouns, pronouns, appositions, nominalisations, compounds
    ("The storm flooded [[{c1}]] cellars on the high street.",
     "Pumps were lent to the owners of all [[{c2}]] basements."),
    ("The soup kitchen served [[{hh1}]] meals on Christmas Day.",
     "Every one of those [[{hh2}]] was cooked by volunteers."),
    ("The air show drew [[{th1}]] spectators.",
     "The crowd, some [[{th2}]] strong, gasped at the wing-walkers."),
    ("The ballot on the strike was won by [[{vt1}]] votes.",
     "The margin, [[{vt2}]], left the union divided."),
    ("Child poverty in {town} has reached [[{pc1}]].",
     "Nearly [[{pc2}]] of the town's children are growing up poor, the charity says."),
    ("The lifeboat station's oldest volunteer is [[{age1}]] years old.",
     "The [[{age2}]]-year-old still helps to launch the boat."),
    ("The dock workers walked out for [[{dy1}]] days.",
     "The [[{dy2}]]-day walkout left ships waiting in the bay."),
    ("The lifts in the tower block were out of action for [[{hr1}]] hours.",
     "Elderly residents were trapped upstairs by the [[{hr2}]]-hour breakdown."),
    ("The museum was closed for [[{wk1}]] weeks for the new exhibition.",
     "The [[{wk2}]]-week shutdown cost it a summer of visitors."),
    ("The tearoom has been in the same family for [[{yr1}]] years.",
     "The family has kept up its [[{yr2}]]-year tradition of scones at four."),
    ("The ring road is [[{km1}]] kilometres long.",
     "Motorists say the [[{km2}]]-km loop is always jammed."),
    ("The refit of the ferry cost [[{usd1}]].",
     "The bill of [[{usd2}]] will be paid through higher fares."),
    ("The prize for the architecture competition is [[{eur1}]].",
     "Entries have poured in for the purse of [[{eur2}]]."),
    ("The council spent [[{gbp1}]] on consultants last year.",
     "Opposition councillors called the [[{gbp2}]] bill a waste."),
    ("The hovercraft crosses the strait at [[{spd1}]] km/h.",
     "Passengers feel every wave at [[{spd2}]] kilometres an hour."),
    ("The rescued pony weighed only [[{kg1}]] kilograms.",
     "Vets nursed the [[{kg2}]]-kg pony back to health over the winter."),
    ("The film at the village cinema runs for [[{mn1}]] minutes.",
     "There is no interval in the [[{mn2}]]-minute epic."),
    ("The thermometer in the allotment greenhouse read [[{tc1}]] degrees Celsius.",
     "Tomatoes wilted in the [[{tc2}]]°C heat."),
    ("The wheelchair basketball team scored [[{pts1}]] points on {day}.",
     "Their tally of [[{pts2}]] was a club best."),
    ("The forestry commission planted [[{ha1}]] hectares of new woodland.",
     "The new forest, [[{ha2}]] ha in all, will be open to walkers."),
    ("The reservoir caught [[{mm1}]] millimetres of rain in {month}.",
     "That rainfall, [[{mm2}]] mm, was not enough to lift the hosepipe ban."),
    ("The price of a loaf at the village shop is [[{pr1}]].",
     "Shoppers have complained that [[{pr2}]] a loaf is more than in the city."),
    ("The weather balloon burst at [[{ft1}]] feet.",
     "Its camera filmed the curve of the earth from [[{ft2}]] ft."),
    ("The fire engine's tank holds [[{lt1}]] litres of water.",
     "Crews emptied the [[{lt2}]]-litre tank on the barn in minutes."),
    ("The pilgrims walked [[{mi1}]] miles to the shrine.",
     "Their pilgrimage of [[{mi2}]] miles took a month."),
    ("The bulk carrier unloaded [[{tn1}]] tonnes of coal at the power station.",
     "Dockers shovelled the last of the [[{tn2}]]-tonne load by hand."),
    ("The village school has [[{c1}]] pupils.",
     "Its roll of [[{c2}]] is the smallest in the county."),
    ("The parish council received [[{hh1}]] objections to the housing plan.",
     "Each of the [[{hh2}]] complaints was read aloud at the meeting."),
    ("The city's hospitals employ [[{th1}]] staff.",
     "Their combined workforce of [[{th2}]] makes the health service the largest employer in the area."),
    ("Support for the independent candidate reached [[{pc1}]] in the final poll.",
     "The candidate's share, [[{pc2}]], was the highest ever for an independent."),
    ("The ferry was stranded at sea for [[{hr1}]] hours.",
     "Passengers ran out of food during the [[{hr2}]]-hr ordeal."),
    ("The cathedral's repairs took [[{yr1}]] years.",
     "Stonemasons marked the end of the [[{yr2}]]-year restoration with a service."),
    ("The race across the desert covers [[{km1}]] kilometres.",
     "Runners carry their own water over the [[{km2}]]-km course."),
    ("The lottery gave [[{usd1}]] to the new arts centre.",
     "That windfall of [[{usd2}]] paid for the theatre's seats."),
    ("Fines for dropping litter in the park raised [[{gbp1}]] last year.",
     "The council says the income of [[{gbp2}]] pays for two park wardens."),
    ("The wild boar shot on the estate weighed [[{kg1}]] kilograms.",
     "The [[{kg2}]]-kilo animal had been raiding gardens for months."),
    ("The marathon's cut-off for walkers is [[{mn1}]] minutes after the last runner.",
     "Stewards will stay at their posts for that [[{mn2}]]-min window."),
    ("The ice-cream parlour's giant sundae costs [[{pr1}]].",
     "Children pooled their pocket money for the [[{pr2}]] sundae."),
    ("The skydivers jumped from [[{ft1}]] feet above the airfield.",
     "Their [[{ft2}]]-foot drop raised money for the hospice."),
    ("The brewery's new tank holds [[{lt1}]] litres of stout.",
     "The vessel, [[{lt2}]] l when full, was lifted in by crane."),
    ("The ferry crossing to the outer isles is [[{mi1}]] miles.",
     "Seasickness is common on the [[{mi2}]]-mile voyage."),
    ("The landslide dumped [[{tn1}]] tonnes of rock on the coast road.",
     "Diggers have cleared only half of the [[{tn2}]] t of debris."),
    ("The refuge took in [[{c1}]] stray dogs over the holiday.",
     "A dozen volunteers walked the [[{c2}]] hounds twice a day."),
    ("The new marina has [[{hh1}]] berths.",
     "Boat owners snapped up all [[{hh2}]] moorings within a week."),
    ("The vintage car rally drew [[{th1}]] spectators.",
     "The organisers had expected nothing like the [[{th2}]] onlookers who lined the lanes."),
    ("The bridge's steel arch weighs [[{tn1}]] tonnes.",
     "Engineers lifted the [[{tn2}]]-tonne span into place overnight."),
    # rates and per-capita figures
    ("The district has [[{c1}]] pharmacies for every hundred thousand people.",
     "With only [[{c2}]] per hundred thousand residents, queues are long."),
    ("Council tax in {town} works out at [[{pr1}]] per resident a week.",
     "Ratepayers say [[{pr2}]] a head each week buys very little."),
    ("The vaccination rate among the town's children is [[{pc1}]].",
     "With only [[{pc2}]] of children vaccinated, doctors fear an outbreak of measles."),
    ("The hospital's waiting-list rate is [[{c1}]] patients per thousand residents.",
     "A rate of [[{c2}]] in every thousand is among the worst in the region."),
]

FIGURE_NEAR_MISSES = [
    # two different dates
    ("The carnival drew {th1} people in {year}, against {th2} in {prev}.",),
    ("The bat count at the church found {hh1} bats in {year} and {hh2} in {prev}.",),
    ("The river peaked at {mm1} mm above normal on {day} and {mm2} mm a week earlier.",),
    ("A bag of chips cost {pr1} at the pier this summer and {pr2} last summer.",),
    ("The night shelter was full on {dy1} nights in {year} and {dy2} nights in {prev}.",),
    ("The ferry's crossing took {mn1} minutes on {day} in a gale and {mn2} minutes the next day.",),
    # before and after
    ("Before the new signalling, trains passed the village at {spd1} km/h; now they pass at {spd2} km/h.",),
    ("The pond held {lt1} litres before the drought and {lt2} litres after it.",),
    ("Before the library moved into the town hall it had {hh1} visitors a week; it now has {hh2}.",),
    ("The bus route was {km1} km long before the bypass opened and is {km2} km now.",),
    ("The shop sold {c1} newspapers a day before the station closed and sells {c2} now.",),
    # planned against actual
    ("The school was built for {hh1} pupils and opened with {hh2}.",),
    ("The sea wall was budgeted at {usd1} and came in at {usd2}.",),
    ("The ultramarathon was meant to be {km1} km, but flooding cut it to {km2} km.",),
    ("The organisers planned for {th1} guests at the festival; {th2} turned up in the rain.",),
    ("The rail works were scheduled to take {wk1} weeks and took {wk2}.",),
    ("The harvest was forecast at {tn1} tonnes; the farm gathered {tn2} tonnes.",),
    ("The cruise ship was due to dock for {hr1} hours but stayed for {hr2} because of fog.",),
    # a part and the whole
    ("The estate covers {ha1} hectares, {ha2} of them woodland.",),
    ("The choir has {c1} members, {c2} of them tenors.",),
    ("Of the {th1} runners who started, {th2} finished.",),
    ("The museum holds {hh1} paintings, {hh2} of them in storage.",),
    ("The school's rainwater tank holds {lt1} litres, of which {lt2} litres are kept for the garden.",),
    ("The appeal raised {gbp1}, and {gbp2} of it came from one donor.",),
    ("The orchestra has {c1} players; a dozen of them play the violin.",),
    ("The festival employs {hh1} stewards, a score of them first-aiders.",),
    ("The harbour has {hh1} moorings, about a third of them for fishing boats.",),
    # two groups
    ("Boys in the county read {c1} books a year on average and girls {c2}.",),
    ("A swim at the lido costs {pr1} for visitors and {pr2} for residents.",),
    ("The men's team scored {pts1} points and the women's team {pts2}.",),
    ("The north ward has {hh1} voters and the south ward {hh2}.",),
    ("Smokers in the survey were {age1} on average and non-smokers {age2}.",),
    ("A harbour-front apartment sells for {eur1} and an apartment in the back streets for {eur2}.",),
    # gross against net
    ("The summer fair took {gbp1}; after paying for the marquee it made {gbp2}.",),
    ("The hotel's turnover was {usd1}, and its profit {usd2}.",),
    ("The pig weighed {kg1} kilograms on the hoof and {kg2} kilograms as meat.",),
    ("The harvest yielded {tn1} tonnes of grapes and {tn2} tonnes of juice after pressing.",),
    ("The club's lottery grant was {eur1}; its own fundraising brought in {eur2}.",),
    # nominal against real
    ("Bus fares rose {pc1} in cash terms over the decade, {pc2} once inflation is taken into account.",),
    ("The pier cost {gbp1} in today's money; the Victorians paid {gbp2} at the time.",),
    ("In today's prices the first cinema ticket would cost {pr1}; in 1950 it was {pr2}.",),
    # two units of different things
    ("The train carried {hh1} passengers and {c1} dogs on its first day.",),
    ("The river barge moved {tn1} tonnes of gravel over {km1} kilometres.",),
    ("The weather balloon rose to {ft1} feet and drifted for {hr1} hours.",),
    ("The tanker delivered {lt1} litres of heating oil to {c1} farms.",),
    ("The gale brought gusts of {spd1} km/h and {mm1} mm of rain.",),
    ("The estate has {ha1} hectares of forest and {hh1} deer.",),
    ("The ferry sailed {mi1} miles with {th1} passengers in a week.",),
    # corrected figures told as such
    ("A previous version of this article said the bridge cost {usd1}; it cost {usd2}.",),
    ("The school first reported {c1} cases of the illness and later corrected the figure to {c2}.",),
    ("Organisers at first claimed {th1} marchers; they have since revised that to {th2}.",),
    ("An earlier report gave the balloon's record altitude as {ft1} feet; the correct figure is {ft2} feet.",),
    ("The report misstated the runner's age as {age1}; she is {age2}.",),
    ("A misprint put the lifeboat's fuel capacity at {lt1} litres; the true figure is {lt2} litres.",),
    # fractions, percentages and per-capita figures beside totals
    ("The town's {th1} households recycle {pc1} of their waste.",),
    ("The county spends {usd1} on roads, about forty dollars per resident.",),
    ("The harbour has {hh1} boats, and {pc1} of them are over forty years old.",),
    ("About a quarter of the {hh1} pupils at the school speak two languages at home.",),
    ("Nearly half of the {c1} councillors have served for more than ten years.",),
    # other new kinds: a maximum against an average, two vehicles, two directions, two times of day
    ("On its busiest day the ferry carried {th1} passengers; on an average day it carries {th2}.",),
    ("The morning train takes {mn1} minutes and the evening train {mn2}, because of the freight traffic.",),
    ("The jet's contrail formed at {ft1} feet; the cloud base was at {ft2} feet.",),
    ("The flood gauge at the bridge read {mm1} mm; the one at the mill read {mm2} mm.",),
    ("The high-speed line allows {spd1} km/h; the branch line {spd2} km/h.",),
    ("{person}, {age1}, has married a partner aged {age2}.",),
    ("The heaviest marrow at the show weighed {kg1} kilograms and the lightest {kg2}.",),
    ("The average time for the hill climb is {mn1} minutes; the record is {mn2} minutes.",),
    ("The old lifeboat could carry {c1} survivors and the new one {c2}.",),
    ("The theatre sold {th1} tickets for the pantomime and {th2} for the spring play.",),
]


#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
