"""Blind22: a twenty-second independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind22`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-25 (started 09:11:58 UTC, ``date -u``) by an independent
tester, on branch ``cblind22`` (worktree /work/wt/cblind22) from base commit
bc000c477af12b7249cbb495e08870414eda22f8 (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant) and ``conflicting_figures`` (one quantity
stated as fact with two different numbers in one article).
Fresh: to be scored once on the code at the end of session 25 as the before of session 26's rounds, never used to tune.

New against blind21 (whose header lists its own kinds), by design:

* name variants from languages and variant types blind21 did not use: Czech
  ř, í, č, á and š dropped (Řezníček, Procházková, Hruška),
  Hungarian ő (Szőke, Győri), Romanian ș, ț, ă (Țăranu, Ștefănescu), Turkish
  ı, ö, ğ (Yılmaz, Öztürk, Doğan), Lithuanian ž, ū, ė (Žukauskienė), Estonian
  õ (Tõnisson), Finnish ä (Mäkinen), Icelandic þ and ð against th and d
  (Þórsdóttir/Thorsdottir, Guðmundsson), Irish Gaelic against the anglicised
  form (Ó Súilleabháin/O'Sullivan, Ó Briain/O'Brien), Mac against Mc
  (MacKenzie/McKenzie), Serbian đ written dj (Đurđević/Djurdjevic), a
  French-style Bulgarian -off (Petrov/Petroff), Ukrainian against Russian forms
  (Hryhorenko/Grigorenko), a Polish spelling of a Ukrainian name
  (Kravchuk/Krawczuk), Yiddish and Hebrew spellings (Rabinowitz/Rabinovich,
  Shapira/Shapiro, Schulman/Shulman, Ben-David/Ben David), Armenian -yan
  against -ian and the dropped initial H (Petrosyan/Petrossian,
  Hovhannisyan/Ovanesyan), Azerbaijani ə (Əliyeva), Kazakh zh against j
  (Zhumabayev/Jumabaev), Tamil (Subramaniam/Subramanian), Punjabi
  (Grewal/Garewal), Nepali (Shrestha/Srestha), Pashto (Yousafzai/Yusufzai),
  Vietnamese tone marks (Nguyễn, Phạm, Huỳnh), Thai romanisations
  (Srisuk/Srisook, Chaiyaporn/Chaiyaphon), Indonesian old Dutch spelling
  (Soedirman/Sudirman, Tjahjadi/Cahyadi), Cantonese against pinyin
  (Cheung/Zhang, Leung/Liang), Wade-Giles against pinyin (Hsu/Xu, Tsai/Cai),
  Japanese long vowels (Satō/Sato, Itō/Itoh, Kōno/Kohno), new Korean people
  (Park/Pak, Jung/Chung), Spanish ñ (Muñoz), Galician x against Spanish j
  (Xunqueira/Junquera), an old Portuguese spelling (Athayde/Ataíde), the
  Arabic article joined or hyphenated (Al-Mansouri/Almansoori), Maghrebi French
  against English spelling (Ouazzani/Wazzani), Levantine spellings
  (Khoury/Khouri, Haddad/Hadad), the Hausa hooked ɗ (Ɗanjuma), an Akan final h
  (Mensah/Mensa), a Goan particle (D'Mello/De Mello) and Polish -ski against
  -sky (Kowalski/Kowalsky) -- 61 transliteration people, plus 38 new invented
  people for the mechanical variants.  The later reference is placed in the
  positions the brief names, with new sentences: after a colon ("whom to thank
  for a smooth passage: X", "one reply, signed by hand: X"), in headline-style
  clauses ("Ladder up, kitten down: X saves the day", "Gold for X, seconds for
  everyone", "Red cards, red faces, and X stands firm"), in lists of several
  people (a band's front row, a calendar's months, a rota of volunteers,
  qualifiers, a rowing crew), in inverted attribution with "said", "argued",
  "joked" and "beamed", in possessives ("X's initials", "X's pinstripes", "X's
  studio", "in X's honour"), after title abbreviations blind21 did not use
  (Dr., Prof., Capt., Sgt., Insp., Maj., Gov.) and after Mr./Ms., inside
  parentheses ("(carved by X ...)", "(including two from X)"), at the start of
  a quoted sentence's attribution ("X sighed:", "grinned", "explained",
  "recalled"); and in positions blind21 did not have: a picture credit
  ("Pictured above: ..., by X"), a caption ("Caption: X (left) ..."), "Cue X",
  a stage direction ("Enter X, stage left"), "As X puts it", "Thanks to X", "In
  X's words", a numbered stage result ("1. X; 2. ..."), a label ("finished by
  X"), a postscript ("P.S. ... thank you, X,"), minutes "taken by X", "Rule one
  on a walk with X:", "All eyes ... were on X", "It fell to X to", "Who else but
  X", "Neither snow nor floods have stopped X", "Like X,", "Hats off to X",
  "courtesy of X", a cheer in quotation marks ("Three cheers for X!"), "rather
  than X", "Over to X", "X ... above all".
* name near-misses: different people with look-alike surnames (Gibbs/Gibb,
  Philips/Phillips, Thomson/Thompson, Mathews/Matthews, Lawson/Lowson,
  Nicholls/Nichols, Harte/Hart, Meyer/Mayer, Sims/Simms, Stewart/Stuart,
  Grey/Gray, Cohen/Cowen, Mackie/Mackey ...) as referee and striker, seller
  and buyer of a motorbike, headteacher and new teacher, joint winners of a
  scarecrow contest, driving examiner and learner, ferry captain and kayaker,
  planning officer and applicant, dentist and patient, rival applicants for a
  post office, vet and dog owner, interviewer and interviewee, magistrate and
  goat keeper, two second violins, two people mistaken for each other at a
  bank, two magistrates sworn in together, a butcher and a baker, two
  volunteer-of-the-year nominees, an old and a new editor, a harbour master
  and a kayak-school owner, allotment partners; relatives of new kinds (a
  spouse, a step-parent, a grandchild, a sibling's child, a second cousin, a
  great-grandparent's logbook, a stepchild, a former spouse); places (Sherwood
  Forest, Kinder Scout, Bamburgh Castle, Marlow Lock ...); streets and
  buildings (Pankhurst Terrace, Atlee House, the Brunell Engine House, Renny
  Street ...); companies (Lomax Plumbing, Pillings Printers ...); products (the
  Harcort food mixer, the Radclyffe lawn edger, the Montagu air fryer ...);
  ships (the ferry Lochlann, the trawler Macferson Star, the yacht Buchannan
  ...); and people with the new title abbreviations spelt consistently.
* figures restated in other words: other nouns ("trees" ... "fallen oaks and
  beeches", "operations" ... "procedures", "photographs" ... "images",
  "signatures" ... "signatories", "books lent" ... "loans"), a pronoun ("Each
  of those N"), appositions ("That tally, N,", "Its price tag, N,", "The sale
  price, N,", "The reading, N °C,", "The blaze, covering N ha,", "The cargo, N
  metric tons in all,", "The budget, N in total,", "The survey's figure, N,",
  "The rescuer, aged N,", "The seal, a hefty N kg,"), nominalisations ("That
  pile of N", "A field of N", "the proceeds of N", "The winning margin of N",
  "its peak altitude of N", "a membership of N", "Its takings of N", "the N
  project"), compounds ("-day closure", "-day search", "-hour marathon
  session", "-week refit", "-year silence", "-year tenure", "-minute delay",
  "-mile trail", "-kilometre stretch", "N mm downpour" written together), units
  written differently ("km/h" ... "kilometres per hour", "kilometres" ... "km",
  "litres" ... "L", "tonnes" ... "metric tons" and "t", "hours" ... "hrs",
  "miles" ... "mi", "weeks" ... "weeks' wait"), rates restated
  ("Unemployment ... N" ... "N of working-age adults are looking for a job",
  "Turnout among young voters" ... "N of eighteen- to twenty-four-year-olds
  voted", "share of homes with solar panels" ... "N of rooftops", "per litre",
  "a ticket"), per-capita figures ("N dentists for every hundred thousand
  people" ... "N per 100,000 residents", "per person per day" ... "per head
  daily", "N road accidents per ten thousand residents" ... "A rate of N for
  every ten thousand people").  As in earlier sets, the fixed-number wordings
  ("a dozen", "a score of", fractions and "one in five" against totals) cannot
  be marked as sides with the shared figure families (``value_of`` does not
  read them), so they appear in near-misses ("Two-thirds of the N households",
  "A dozen of the N boats", "A score of the N runners", "Three-quarters of the
  N votes", "One in five of the club's N members", "Half of the N people").
* figure near-misses of new kinds: two dates (food-bank parcels in one month
  of two years, lifeboat call-outs, harbour temperatures a year apart,
  pantomime tickets over two seasons, average house prices, a house's sale
  and purchase prices), before/after (a weir's removal, speed cameras, a hall
  rebuilt after a fire, a second post-office counter, a refurbished ward),
  planned against actual (a road's cost, marathon entries, a bridge's design
  load and its limit, a walk shortened by snow, a carnival budget, a festival
  cut short, opening-night tickets), a part and the whole (children's books
  in a library, primary schools, the winner's votes, pasture in a farm,
  August passengers, oil left in a tank), two groups (coffee with and
  without a loyalty card, home and away points, seniors' and juniors' swims,
  east and west rainfall, pensioners and students, paid crew and volunteers),
  gross against net (an auction after costs, a lottery win before and after
  tax, a train loaded and empty, a catch before and after gutting, ticket
  sales after the band's fee), nominal against real (a town hall in today's
  money, a pay rise after inflation, a 1975 cinema ticket), two units of
  different things (kilometres and days, kilograms and hours, trees and
  hectares, miles and cars, feet and minutes, rain and homes, litres and
  tonnes), corrected figures told as such (stranded drivers, a lottery grant,
  a stand's capacity, an aircraft's height, a rainfall typing error, a
  waiting time), percentages and fractions beside totals (women among
  councillors, two-thirds, a dozen, a score, three-quarters, one in five,
  half), and others: an airliner and a helicopter, a dumbwaiter's capacity
  and its use, spaces and cars in a car park, the oldest and youngest rider,
  summer and winter visitors, speed limits for cars and lorries, a recycling
  target and its result, a standard and an introductory rate, two careers of
  one person, a hill fort above a village, two footbridges a century apart.

What the author read: the brief (``cat``); ``date -u`` and ``git rev-parse
HEAD`` of the new worktree; ``ls`` of the worktree root and of benchmarks/ and
tests/ (file names only; no other file opened);
benchmarks/consistency_template_kit.py (whole file, ``cat``);
benchmarks/consistency_templates_blind21.py (whole file, with ``wc -l`` and
``sed -n`` in four ranges: header, people lists, context functions and all
four template lists -- none of its sentences, people, places, organisations,
titles, roles or name pairs is reused here), with ``grep -n`` of its section
and function line numbers (to copy its machinery with ``sed``);
tests/consistency_template_checks.py and
tests/test_consistency_templates_blind21.py (whole files, ``cat``); ``grep -n
-A11 "def load_benchmark" tests/conftest.py``; in
benchmarks/consistency_injection.py only the output of ``grep -n
"blind21\\|BLIND21\\|def sets_for\\|choices=\\|^SPLITS"`` (before the wiring)
and of ``grep -n "blind22"`` (after it, cut to the line ends); ``git status
--short`` and ``git diff --stat`` (file names only).  Seen by accident: the
subject line of the base commit, printed by ``git worktree add`` ("README,
docs/performance.md, _has_articled_name docstring: the pattern's cost stated
as measured by benchmarks/extractor_time.py (name pass 0.232 -> 0.186 ms), not
a cProfile estimate": it names a function of the detector and a timing, and
nothing of how names or figures are judged); in the ``ls`` listings, the names
of the other files in benchmarks/ and tests/ (other template sets, date
template sets and benchmark scripts), none opened; blind21's own header and
test (read as allowed), which name blind20's kinds, blind20 and blind19 as
sets and the brief's three example pairs.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
benchmarks/consistency_misses.py, any other tests file, the templates of
blind2 to blind20, any git history; ``reliability.score`` was never called
and the detector was never run on these templates.
tests/test_consistency_templates_blind22.py imports the harness module (as
blind21's test does) to check the ``blind22`` wiring -- the harness's lists
are never printed or inspected, and whatever it imports, or pytest's loading
of tests/conftest.py imports, was never looked at -- and loads blind21's
module to check that nothing is shared with it (the brief's pairs
Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and every pair
named in blind21, were deliberately not used).  The author ran only the
well-formedness test of this set, which runs no detector, and a throwaway
script in /tmp printing one rendered sample of every template (for two
seeds), ``py_compile`` of the harness and ``pyflakes`` on the two new files.
The test passed on its first run (after the wiring).
After the first commit, ``git log -1 --format='%H %s'`` was run once to print
that commit's own hash and subject (a slip against the brief's rule of no
``git log``; it printed only this set's own commit line, and the commit was
then amended with this sentence).
Reading the drafts and the rendered samples led to rewording before the
commit: a leftover unfinished figure draft was removed; restatements that
were not the same quantity (a buyer paying for a cinema "and car park
together", donors covering part of the costs) were rewritten as
restatements; two ship near-misses that opened with a lower-case "the ferry"
or "the yacht" were reordered; near-misses whose random values gave
impossible or muddled readings (a harbour's water at 48 degrees, a mountain
summit at 38,000 feet, a dollar price "in new pence", a house bought "this
year" and in the previous year, an orchard of three hundred trees on
thousands of hectares) were reworded; a place name close to one of blind21's
(Little Snoring, beside its Great Snoring) was replaced.

The copied test's own parts were adapted to this set: the counts (the
brief's minimums), the languages table (at least 60 transliteration people,
none with a space in the given name), the seed of the exhaustive check (22),
the set checked for sharing (blind21 only: the brief forbids the author to
open any other template module), the earlier splits named in the harness
check, and the restatement cues of the wordings used here.

The helpers ``_EDITS``, ``_gender_words``, ``_pair``, ``_round_pair``,
``_styled`` and ``value_of`` are imported from the shared kit as blind21
imports them; ``_common``, ``name_context``, ``name_near_context``,
``_figures`` (all its families), ``figure_context`` and
``figure_near_context`` are blind21's, copied unchanged with ``sed`` (checked
with ``diff``).  All people, places, organisations, titles, roles, name pairs
and sentences are new.  This set has 69 name templates (61 transliteration
people, 38 invented people for the mechanical variants), 88 figure templates
(by the test's count of the word after each number, 37 restated in the same
words and 51 in other words; all 26 figure families), 55 name near-misses and
69 figure near-misses.

Conventions (those of the harness, as in blind3 to blind21): a template is a
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
    ("Aldous", "Bramhall", "m"), ("Winifred", "Catterall", "f"), ("Percival", "Dewhirst", "m"),
    ("Ottilie", "Entwistle", "f"), ("Lysander", "Fazackerley", "m"), ("Rowena", "Gledhill", "f"),
    ("Crispin", "Holroyd", "m"), ("Millicent", "Ingleby", "f"), ("Benedict", "Kirkbride", "m"),
    ("Theodora", "Lockwood", "f"), ("Ambrose", "Micklethwaite", "m"), ("Philippa", "Nuttall", "f"),
    ("Horatio", "Openshaw", "m"), ("Araminta", "Postlethwaite", "f"), ("Caspian", "Ramsbottom", "m"),
    ("Eudora", "Satterthwaite", "f"), ("Lancelot", "Thistlewood", "m"), ("Seraphina", "Uttley", "f"),
    ("Peregrine", "Varley", "m"), ("Clementine", "Wainwright", "f"), ("Silas", "Yardley", "m"),
    ("Beatrix", "Ackerley", "f"), ("Desmond", "Blenkinsop", "m"), ("Marigold", "Cockcroft", "f"),
    ("Obadiah", "Duckworth", "m"), ("Henrietta", "Eccleston", "f"), ("Fitzroy", "Gomersall", "m"),
    ("Hermione", "Haslam", "f"), ("Emeka", "Okonkwo", "m"), ("Ngozi", "Obiechina", "f"),
    ("Kwabena", "Boateng", "m"), ("Matilda", "Shuttleworth", "f"), ("Ignatius", "Pemberton", "m"),
    ("Rosamund", "Ollerenshaw", "f"), ("Valentin", "Brandauer", "m"), ("Ottavia", "Marchetti", "f"),
    ("Leander", "Scholes", "m"), ("Wilhelmina", "Dinsdale", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations, spellings or written forms, from languages and variant types blind21 did not use.
TRANSLITERATIONS_PEOPLE = [
    # Czech ř, á, š dropped / Hungarian ő dropped / Romanian ș, ț, ă dropped
    ("Radek", "Řezníček", "Reznicek", "m"), ("Zdeňka", "Procházková", "Prochazkova", "f"),
    ("Miroslav", "Hruška", "Hruska", "m"), ("Réka", "Szőke", "Szoke", "f"), ("Bence", "Győri", "Gyori", "m"),
    ("Ioana", "Țăranu", "Taranu", "f"), ("Mircea", "Ștefănescu", "Stefanescu", "m"),
    # Turkish ı, ö, ğ dropped
    ("Elif", "Yılmaz", "Yilmaz", "f"), ("Mehmet", "Öztürk", "Ozturk", "m"), ("Zeynep", "Doğan", "Dogan", "f"),
    # Lithuanian ž, ū, ė / Estonian õ / Finnish ä / Icelandic þ, ð
    ("Rūta", "Žukauskienė", "Zukauskiene", "f"), ("Tõnu", "Tõnisson", "Tonisson", "m"),
    ("Aino", "Mäkinen", "Makinen", "f"), ("Guðrún", "Þórsdóttir", "Thorsdottir", "f"),
    ("Sigurður", "Guðmundsson", "Gudmundsson", "m"),
    # Irish Gaelic against the anglicised form / Mac against Mc
    ("Siobhán", "Ó Súilleabháin", "O'Sullivan", "f"), ("Pádraig", "Ó Briain", "O'Brien", "m"),
    ("Callum", "MacKenzie", "McKenzie", "m"),
    # Serbian đ written dj / Bulgarian French-style -off / Ukrainian against Russian / Polish spelling of Ukrainian
    ("Dragana", "Đurđević", "Djurdjevic", "f"), ("Stoyan", "Petrov", "Petroff", "m"),
    ("Oksana", "Hryhorenko", "Grigorenko", "f"), ("Taras", "Kravchuk", "Krawczuk", "m"),
    # Yiddish and Hebrew spellings / Armenian -yan against -ian / Azerbaijani ə / Kazakh zh against j
    ("Miriam", "Rabinowitz", "Rabinovich", "f"), ("Avraham", "Shapira", "Shapiro", "m"),
    ("Noa", "Ben-David", "Ben David", "f"), ("Rivka", "Schulman", "Shulman", "f"),
    ("Anahit", "Hovhannisyan", "Ovanesyan", "f"), ("Aram", "Petrosyan", "Petrossian", "m"),
    ("Leyla", "Əliyeva", "Aliyeva", "f"), ("Yerlan", "Zhumabayev", "Jumabaev", "m"),
    # Tamil / Punjabi / Nepali / Pashto
    ("Karthik", "Subramaniam", "Subramanian", "m"), ("Gurpreet", "Grewal", "Garewal", "m"),
    ("Sunita", "Shrestha", "Srestha", "f"), ("Zarmina", "Yousafzai", "Yusufzai", "f"),
    # Vietnamese tone marks dropped / Thai romanisations / Indonesian old Dutch spelling
    ("Thảo", "Nguyễn", "Nguyen", "f"), ("Quang", "Phạm", "Pham", "m"), ("Lan", "Huỳnh", "Huynh", "f"),
    ("Somchai", "Srisuk", "Srisook", "m"), ("Malee", "Chaiyaporn", "Chaiyaphon", "f"),
    ("Bambang", "Soedirman", "Sudirman", "m"), ("Dewi", "Tjahjadi", "Cahyadi", "f"),
    # Cantonese against pinyin / Wade-Giles against pinyin
    ("Ka-Wai", "Cheung", "Zhang", "m"), ("Mei-Ling", "Leung", "Liang", "f"), ("Chih-Hao", "Hsu", "Xu", "m"),
    ("Ya-Ting", "Tsai", "Cai", "f"),
    # Japanese long vowels (macron, "oh", dropped) / Korean (new people)
    ("Haruto", "Satō", "Sato", "m"), ("Yumi", "Itō", "Itoh", "f"), ("Kenji", "Kōno", "Kohno", "m"),
    ("Ji-woo", "Park", "Pak", "f"), ("Min-jun", "Jung", "Chung", "m"),
    # Spanish ñ dropped / Galician x against Spanish j / old Portuguese spelling
    ("Rocío", "Muñoz", "Munoz", "f"), ("Xosé", "Xunqueira", "Junquera", "m"), ("Inês", "Athayde", "Ataíde", "f"),
    # Arabic article joined or hyphenated / Maghrebi French against English / Levantine spellings
    ("Khalid", "Al-Mansouri", "Almansoori", "m"), ("Nadia", "Ouazzani", "Wazzani", "f"),
    ("Samir", "Khoury", "Khouri", "m"), ("Rania", "Haddad", "Hadad", "f"),
    # Hausa hooked letter / Akan final h / Goan and Konkani particle / Polish -ski against -sky
    ("Aminu", "Ɗanjuma", "Danjuma", "m"), ("Akosua", "Mensah", "Mensa", "f"), ("Leon", "D'Mello", "De Mello", "m"),
    ("Witold", "Kowalski", "Kowalsky", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Gibbs", "Gibb"), ("Philips", "Phillips"), ("Thomson", "Thompson"), ("Mathews", "Matthews"),
    ("Lawson", "Lowson"), ("Crane", "Craine"), ("Nicholls", "Nichols"), ("Harte", "Hart"), ("Fisher", "Fischer"),
    ("Meyer", "Mayer"), ("Sims", "Simms"), ("Hayes", "Hays"), ("Stewart", "Stuart"), ("Rowe", "Roe"),
    ("Hoare", "Hoar"), ("Grey", "Gray"), ("Cohen", "Cowen"), ("Mackie", "Mackey"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Bamburgh", "Bamburgh Castle"), ("Kendal", "Kendal Castle"), ("Penrith", "Penrith Beacon"),
    ("Marlow", "Marlow Lock"), ("Dunbar", "Dunbar Harbour"), ("Sherwood", "Sherwood Forest"),
    ("Ashdown", "Ashdown Forest"), ("Kinder", "Kinder Scout"), ("Ripley", "Ripley Castle"),
]
# (surname, street or building named like a person)
BUILDING_SURNAMES = [
    ("Brunel", "the Brunell Engine House"), ("Pankhurst", "Pankhurst Terrace"),
    ("Faraday", "the Faraday Lecture Hall"), ("Lovelace", "Lovelace Mews"), ("Rennie", "Renny Street"),
    ("Attlee", "Atlee House"), ("Wilberforce", "Wilberforce Row"), ("Elgar", "the Elgar Concert Rooms"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Greenhalgh", "Greenhalghs Removals"), ("Rothwell", "Rothwells Bakery"),
    ("Higginbottom", "Higginbottoms Hardware"), ("Lomax", "Lomax Plumbing"), ("Bamford", "Bamfords Dairy"),
    ("Hesketh", "Hesketh Motors"), ("Pilling", "Pillings Printers"), ("Clegg", "Cleggs Carpets"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Beaumont", "the Beaumonte coffee grinder"), ("Fenwick", "the Fenwik dehumidifier"),
    ("Harcourt", "the Harcort food mixer"), ("Ellison", "the Elison baby monitor"),
    ("Radcliffe", "the Radclyffe lawn edger"), ("Montague", "the Montagu air fryer"),
    ("Prescott", "the Prescot kettle"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Macpherson", "the trawler Macferson Star"), ("Ferguson", "the research vessel Fergusson"),
    ("Lachlan", "the ferry Lochlann"), ("Robertson", "the tug Robertsen"),
    ("Cameron", "the coaster Camron Belle"), ("Buchanan", "the yacht Buchannan"),
]
GIVEN_NAMES = ["Anthea", "Bartholomew", "Celestine", "Dorian", "Esmeralda", "Florian", "Griselda", "Hamish",
               "Iona", "Jasper", "Kezia", "Lorcan", "Minerva", "Niall", "Orla", "Piers", "Romilly", "Sebastian",
               "Tamsin", "Ulrich", "Verity", "Wystan", "Yolanda", "Zachary"]
PLACES = ["Much Wenlock", "Nether Wallop", "Brokenborough", "Ugley", "Crackpot", "Mavis Enderby", "Puddletown",
          "Bishops Itchington", "Tollesbury", "Westward Ho!", "Shingle Street", "Kirkby Overblow"]
ORGANISATIONS = ["the model railway club", "the rowing club", "the allotment society", "the brass band",
                 "the darts league", "the food bank", "the film society", "the photography club",
                 "the repair café", "the pigeon racing club", "the chess club", "the choral society"]
ROLES = ["the treasurer of", "a founder of", "the captain of", "the longest-serving member of",
         "a trustee of", "the patron of", "the coach of", "the newest recruit to"]
TITLES_M = ["Dr.", "Prof.", "Capt.", "Sgt.", "Insp.", "Maj.", "Gov."]
TITLES_F = ["Dr.", "Prof.", "Capt.", "Sgt.", "Insp.", "Maj.", "Gov."]
FIGURE_PEOPLE = ["Leocadia Brennan-Ofori", "Tobiah Vanterpool", "Radovan Ashworth-Mills", "Philomena Okereke",
                 "Gideon Strathearn", "Amaryllis Oyelaran", "Ruaridh Takahashi", "Solveig Adeyemi",
                 "Cormac Villeneuve", "Hyacinth Obuya"]

# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=True)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    # after a colon
    ("The beekeeper [[{full}]] has kept hives on the roof of the town library for a decade.",
     "Every jar of the library's honey carries the same label: \"Rooftop gold, from [[{var}]]\"."),
    ("The lock-keeper [[{full}]] has opened the gates for barges on the canal since 1990.",
     "Boaters all know whom to thank for a smooth passage: [[{var}]]."),
    ("The crossword setter [[{full}]] has compiled the paper's Saturday puzzle for twenty years.",
     "Solvers who write in with complaints get one reply, signed by hand: [[{var}]]."),
    ("The costume maker [[{full}]] has sewn every outfit for the pantomime in {town}.",
     "Only one name appears under wardrobe in the programme: [[{var}]]."),
    # in a headline-style clause
    ("The window cleaner [[{full}]] has rescued a kitten from a third-floor gutter.",
     "Ladder up, kitten down: [[{var}]] saves the day."),
    ("The ferry mechanic [[{full}]] has kept a sixty-year-old engine running through another winter.",
     "Old engine, new tricks for [[{var}]]."),
    ("The school cook [[{full}]] has won a national award for healthy lunches.",
     "Gold for [[{var}]], seconds for everyone."),
    ("The cobbler [[{full}]] has repaired the boots of the whole rugby team before the final.",
     "Boots mended, cup won: [[{var}]] takes a bow."),
    ("The referee [[{full}]] has sent off both managers in the derby.",
     "Red cards, red faces, and [[{var}]] stands firm."),
    # in a list of several people
    ("The brass band's new conductor is the cornet player [[{full}]].",
     "The front row on {day} was Pugh, Naylor, [[{var}]] and the Finch sisters."),
    ("The photography club has chosen a picture by [[{full}]] for its calendar.",
     "The other months went to Abbott, Dunne, [[{var}]], Frost and Mwangi."),
    ("The food bank's busiest volunteer is the retired nurse [[{full}]].",
     "Shifts this week are covered by a vicar, three teenagers, [[{var}]] and a taxi driver."),
    ("The darts league's top scorer this season is [[{full}]].",
     "Qualifiers for the county finals: Hale, Brophy, [[{var}]] and Tuckwell."),
    ("The rowing club's new bow is the student [[{full}]].",
     "The crew in the boat on {day}: Okafor, Lindqvist, [[{var}]], Beech and Morrow."),
    # inverted attribution
    ("The bin collector [[{full}]] has found a lost engagement ring in a wheelie bin.",
     "\"I knew it was something special from the sparkle,\" said [[{var}]]."),
    ("The chimney sweep [[{full}]] still uses brushes and rods made in 1960.",
     "\"The old rods bend round corners the new ones can't,\" said [[{var}]]."),
    ("The tree surgeon [[{full}]] has saved an ancient yew from felling.",
     "\"It was here before the church,\" argued [[{var}]], \"and it should outlast it.\""),
    ("The bus-station announcer [[{full}]] has retired after thirty years at the microphone.",
     "\"I'll miss the echo most,\" joked [[{var}]]."),
    ("The pigeon fancier [[{full}]] has had a bird fly home from Barcelona in two days.",
     "\"She knew the way better than I did,\" beamed [[{var}]]."),
    # possessive
    ("The wood carver [[{full}]] has made a new lectern for the chapel.",
     "An eagle with [[{var}]]'s initials on one claw now holds the Bible."),
    ("The tailor [[{full}]] has made suits for three generations of a family in {town}.",
     "The youngest has just worn one of [[{var}]]'s pinstripes to a job interview."),
    ("The fiddler [[{full}]] has recorded an album of forgotten dance tunes.",
     "Dancers at the ceilidh asked for [[{var}]]'s reels again and again."),
    ("The animal rescuer [[{full}]] has rehomed a hundred retired racing greyhounds.",
     "Every dog leaves with one of [[{var}]]'s hand-knitted coats."),
    ("The curator [[{full}]] has found a lost sketch by a famous painter in the museum's basement.",
     "Staff joked that the museum should be renamed in [[{var}]]'s honour."),
    ("The tattooist [[{full}]] has raised money for the hospice with a charity tattoo day.",
     "Queues formed outside [[{var}]]'s studio before dawn."),
    # after a title abbreviation or Mr./Ms.
    ("[[{full}]] will switch on the Christmas lights in {town} this year.",
     "Crowds are expected to cheer {title} [[{var}]] at six o'clock."),
    ("[[{full}]] has agreed to judge the children's fancy-dress parade.",
     "Entrants have been warned that {title} [[{var}]] is fond of pirates."),
    ("[[{full}]] has launched an appeal to restore the war memorial.",
     "Donations can be sent to {title} [[{var}]] at the town hall."),
    ("[[{full}]] has been given the freedom of the borough.",
     "The scroll handed to {title} [[{var}]] was written by a calligrapher."),
    ("[[{full}]] has asked the highways department to fill a pothole outside the school.",
     "The department wrote back to {hon} [[{var}]] within a week."),
    ("[[{full}]] has won the lottery with numbers taken from a fortune cookie.",
     "The shop that sold {hon} [[{var}]] the ticket has put up a banner."),
    # inside parentheses
    ("The puppeteer [[{full}]] has taken a marionette show to every school in the county.",
     "The star puppet (carved by [[{var}]] from a single block of lime) gets its own fan mail."),
    ("The amateur astronomer [[{full}]] has spotted a new comet from a back garden.",
     "The comet (which will carry [[{var}]]'s name) can be seen with binoculars."),
    ("The jam maker [[{full}]] has won the county show's marmalade class.",
     "Judges tasted forty jars (including two from [[{var}]]) before deciding."),
    ("The canal historian [[{full}]] has found plans for a lock that was never built.",
     "The plans (bought by [[{var}]] at an auction for ten pounds) show a flight of six locks."),
    # at the start of a quoted sentence's attribution
    ("The lighthouse keeper [[{full}]] has handed over the keys now that the light is automated.",
     "[[{var}]] sighed: \"The lamp will not need me now.\""),
    ("The climbing instructor [[{full}]] has reached the summit of every peak in the range.",
     "[[{var}]] grinned: \"The last one was the smallest and the hardest.\""),
    ("The sign-language interpreter [[{full}]] appeared beside the mayor at every briefing.",
     "[[{var}]] explained: \"Half the town watched the hands, not the words.\""),
    ("The rag-and-bone dealer [[{full}]] has sold the horse and cart after fifty years.",
     "[[{var}]] recalled: \"The horse knew the round better than I did.\""),
    # a caption, a stage direction, "cue", "as X puts it", "thanks to", "in X's words"
    ("The street photographer [[{full}]] has exhibited portraits of market traders.",
     "Pictured above: a fishmonger at dawn, by [[{var}]]."),
    ("The photographer's latest subject is the ninety-year-old sea swimmer [[{full}]].",
     "Caption: [[{var}]] (left) after a dip in the harbour on New Year's Day."),
    ("The groundskeeper [[{full}]] has grown a maze of maize for the summer fair.",
     "Lost in the maze? Cue [[{var}]] with a megaphone."),
    ("The understudy [[{full}]] went on as the lead when the star fell ill.",
     "Enter [[{var}]], stage left, to a standing ovation."),
    ("The ferry's chef [[{full}]] has published a book of recipes cooked at sea.",
     "As [[{var}]] puts it, a rolling galley is no place for a soufflé."),
    ("The carpenter [[{full}]] has built a free book box on every street in {town}.",
     "Thanks to [[{var}]], no one in the town is more than a few minutes from a book."),
    ("The retired tram driver [[{full}]] has restored a tram that once ran through {town}.",
     "In [[{var}]]'s words, the tram is \"a time machine on rails\"."),
    # a results line, a label, a postscript, minutes
    ("The rally driver [[{full}]] has won the forest stage in thick fog.",
     "Stage result: 1. [[{var}]]; 2. Haig; 3. Ostrowski."),
    ("The violin maker [[{full}]] has finished an instrument begun by a teacher forty years ago.",
     "The label inside reads: \"Begun 1984, finished by [[{var}]].\""),
    ("The retired printer [[{full}]] has set the parish magazine in metal type for its last issue.",
     "P.S. from the editor: thank you, [[{var}]], for fifty years of type."),
    ("The parish council's new clerk is [[{full}]], a former bank manager.",
     "Minutes of the meeting, taken by [[{var}]], run to thirty pages."),
    ("The mushroom forager [[{full}]] leads walks in the woods above {town} every autumn.",
     "Rule one on a walk with [[{var}]]: eat nothing until it has been checked."),
    # "all eyes on", "it fell to", "who else but", "neither ... nor", "like", "hats off to", "courtesy of"
    ("The jockey [[{full}]] rode a horse that started at a hundred to one to victory.",
     "All eyes in the paddock afterwards were on [[{var}]]."),
    ("The ice-rink manager [[{full}]] has kept the rink frozen through a heatwave.",
     "It fell to [[{var}]] to tell the hockey team that the ice had held."),
    ("The caretaker [[{full}]] has kept the village hall's boiler alive since 1979.",
     "Who else but [[{var}]] could coax it into life in a frost?"),
    ("The volunteer driver [[{full}]] has taken patients to hospital appointments for fifteen years.",
     "Neither snow nor floods have stopped [[{var}]] yet."),
    ("The sculptor [[{full}]] has carved a bench from a fallen oak in the park.",
     "Like [[{var}]], the bench has become a fixture of the park."),
    ("The tennis coach [[{full}]] has taught at the public courts in {town} every summer since 1985.",
     "Hats off to [[{var}]], say the parents of four hundred players."),
    ("The pastry chef [[{full}]] has built a gingerbread model of the cathedral.",
     "The model, courtesy of [[{var}]], will be auctioned for the roof fund."),
    ("The wedding singer [[{full}]] sang at a couple's wedding and, fifty years on, at their golden anniversary.",
     "\"Three cheers for [[{var}]]!\" the guests shouted."),
    # subject or object later in the copy
    ("The cartographer [[{full}]] has drawn a map of every footpath on the island.",
     "Walkers who get lost now blame the weather rather than [[{var}]]."),
    ("The skipper [[{full}]] has brought the trawler home through a force ten gale.",
     "The harbourmaster praised the whole crew, and [[{var}]] above all."),
    ("The translator [[{full}]] has won a prize for a novel translated from the Portuguese.",
     "Over to [[{var}]] for the acceptance speech, the host said."),
    ("The midwife [[{full}]] has delivered more than two thousand babies in {town}.",
     "Many of them now bring their own children to meet [[{var}]]."),
    ("The kite maker [[{full}]] has flown a kite shaped like a whale above the beach.",
     "Children chased the whale's shadow while [[{var}]] held the line."),
    ("The dog groomer [[{full}]] has clipped a poodle into the shape of the town hall.",
     "Even the mayor asked [[{var}]] for a photograph with the dog."),
    ("The goalkeeping coach [[{full}]] has joined the national women's team.",
     "It is a big step up for [[{var}]], who coached schoolchildren until {month}."),
    ("The weather watcher [[{full}]] has measured rainfall in the same garden every morning since 1975.",
     "Forecasters call [[{var}]] their most reliable volunteer."),
    ("The barber [[{full}]] has given free haircuts to homeless people every {day} for a year.",
     "A queue forms outside the shop long before [[{var}]] unlocks the door."),
    ("The choir's oldest member, [[{full}]], has sung in the cathedral for seventy years.",
     "When [[{var}]] sings the solo, the whole nave goes quiet."),
]

NAME_NEAR_MISSES = [
    # two different people with look-alike surnames
    ("The referee, {a}, booked the striker, {b}, in the first minute.",
     "{sb} protested; {sa} pointed to the spot."),
    ("{a} sold a vintage motorbike to {b} at the autumn auction.",
     "{sa} had restored it; {sb} plans to ride it to the coast."),
    ("The headteacher, {a}, has hired {b} as the new music teacher.",
     "{sb} starts in {month}, {sa} said."),
    ("{a} and {b} have tied for first place in the scarecrow competition.",
     "{sa} made a scarecrow astronaut; {sb} a scarecrow mayor."),
    ("The driving examiner, {a}, passed {b} at the fifth attempt.",
     "{sb} cried with relief as {sa} handed over the certificate."),
    ("The ferry captain, {a}, rescued a kayaker, {b}, off the point.",
     "{sb} had been in the water for an hour before {sa} saw the paddle."),
    ("{a}, a planning officer, has turned down an extension proposed by {b}.",
     "{sb} will appeal; {sa} says the view must be protected."),
    ("The dentist, {a}, has treated the same patient, {b}, for forty years.",
     "{sb} still has every tooth, {sa} says proudly."),
    ("{a} and {b} both applied to run the village post office.",
     "{sa} got the job; {sb} runs the café next door."),
    ("The vet, {a}, removed a sock from a labrador owned by {b}.",
     "{sb} said the dog had eaten socks before; {sa} said it should stop."),
    ("{a} interviewed {b} for the parish newsletter.",
     "{sb} talked about the war; {sa} barely had to ask a question."),
    ("The magistrate, {a}, fined {b} for letting goats onto the bypass.",
     "{sb} said the goats had opened the gate themselves; {sa} was not persuaded."),
    # relatives
    ("{a} and {r}, a spouse of forty years, have walked the whole coast path together.",
     "{fr} carried the map; {fa} carried the flask."),
    ("{a} has inherited the bakery from {r}, a step-parent.",
     "{fr} still makes the bread on {day}s; {fa} runs the shop."),
    ("{r}, a grandchild of {a}, has joined the same fire crew.",
     "{fr} answered a first call-out alongside {fa} on {day}."),
    ("{a} is teaching {r}, a sibling's child, to shoe horses.",
     "{fr} holds the hoof; {fa} fits the shoe."),
    ("{a} and {r}, a second cousin, met for the first time at a family reunion in {town}.",
     "{fr} had flown in from Canada; {fa} had driven from the next valley."),
    ("{a} has found a logbook kept by {r}, a great-grandparent who was a lighthouse keeper.",
     "{fr} {sa} noted every passing ship for twenty years."),
    ("{r}, a stepchild of {a}, has taken over the family farm.",
     "{fa} still drives the tractor at harvest; {fr} does the paperwork."),
    ("{a} and {r}, a former spouse, still run the antiques shop together.",
     "{fr} opens up in the mornings; {fa} closes up at night."),
    # places named like people
    ("Floods have cut off {place} for a second day.",
     "{c}, who farms nearby, said {sc} had moved the sheep to higher ground."),
    ("A film crew has taken over {place} for a week.",
     "{c}, a runner on the crew, said {sc} had never seen so many cables."),
    ("{c} has walked to {place} every morning for a year to photograph the sunrise.",
     "{sc} has missed only three days, all of them in fog."),
    ("A new car park is planned at {place}.",
     "{c}, who chairs the residents' group, said {sc} would fight it."),
    # streets and buildings named like people
    ("The residents of {building} have won a fight to keep their garden.",
     "{g}, who organised the petition, said {sg} was delighted."),
    ("Scaffolding has gone up around {building}.",
     "{g}, who owns the corner shop, said {sg} had lost half the passing trade."),
    ("{g} has painted a mural of local heroes on a wall of {building}.",
     "{sg} spent three months up a ladder."),
    ("A burst pipe has flooded the ground floor of {building}.",
     "{g}, the caretaker, said {sg} had turned off the water within minutes."),
    # companies named like people
    ("{company} has opened a second branch in {town}.",
     "{d}, the manager, said {sd} had hired six local people."),
    ("{d} has worked at {company} for fifty years.",
     "{sd} started as a delivery driver at fifteen."),
    ("{company} has been fined for blocking the pavement.",
     "{d}, a neighbour, said {sd} had complained about it for years."),
    ("{company} has paid for the under-elevens' new football kit.",
     "{d}, the team's coach, said {sd} was grateful."),
    # products named like people
    ("{e} has written a review of {product}.",
     "{se} gave it four stars out of five."),
    ("Stocks of {product} sold out before Christmas.",
     "{e}, who runs the hardware shop, said {se} had ordered more."),
    ("{e} has kept {product} going for twenty years.",
     "{se} says it has never needed a repair."),
    ("A television programme has tested {product} against its rivals.",
     "{e}, the presenter, said {se} had been surprised by the results."),
    # ships named like people
    ("In the dry dock, {ship} has been repainted.",
     "{f}, the foreman, said {sf} had chosen the original colours."),
    ("{f} has served as engineer on {ship} for twenty years.",
     "{sf} knows every rivet of the engine room."),
    ("For one weekend, {ship} has been opened to visitors.",
     "{f}, a guide on board, said {sf} had shown a thousand people round."),
    ("{f} has painted {ship} at anchor in the bay.",
     "{sf} sold the painting to the owners."),
    # titled people, spelt consistently
    ("Dr. {sa} has opened a clinic in the old bank.",
     "Dr. {sa} will see patients without appointments on {day}."),
    ("Prof. {sb} has been given a medal for work on bumblebees.",
     "Prof. {sb} keeps twelve hives at home."),
    ("Capt. {sa} has steered the cruise ship through the narrow strait.",
     "Capt. {sa} said the current was the strongest of the season."),
    ("Sgt. {sb} has set up a bike-marking scheme at the station.",
     "Sgt. {sb} marked sixty bikes on the first morning."),
    ("Insp. {sa} has been put in charge of the inquiry into the stolen church bell.",
     "Insp. {sa} appealed for anyone who saw a van near the churchyard."),
    ("Maj. {sb} led the parade past the cenotaph.",
     "Maj. {sb} laid the first wreath."),
    ("Gov. {sa} has signed the bill on river pollution.",
     "Gov. {sa} said salmon would return to the river within ten years."),
    # two people with look-alike names together
    ("{a} and {b} sit next to each other in the orchestra's second violins.",
     "{sb} turns the pages; {sa} counts the bars."),
    ("{a} has been mistaken for {b} at the bank three times this year.",
     "{sa} and {sb} now both carry photo identification."),
    ("{a} and {b} were sworn in as magistrates on the same day.",
     "{sa} sits on {day}s; {sb} on the other weekdays."),
    ("{a} is the butcher on the high street and {b} the baker.",
     "{sb}'s pies use meat from {sa}'s counter."),
    ("{a} and {b} have both been nominated for volunteer of the year.",
     "{sa} runs the food bank; {sb} drives the community minibus."),
    ("{a} has replaced {b} as editor of the parish magazine.",
     "{sb} had edited it for twenty-six years; {sa} promises no changes."),
    ("{a}, the harbour master, has banned jet-skis after a complaint from {b}.",
     "{sb} runs the kayak school; {sa} said safety came first."),
    ("{a} and {b} share an allotment and a prize-winning leek.",
     "{sa} grew it; {sb} carried it to the show."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("The bakery gave away [[{c1}]] cakes on its anniversary.",
     "Staff had baked the [[{c2}]] cakes overnight."),
    ("The allotment society has [[{hh1}]] plots.",
     "A waiting list has formed for the [[{hh2}]] plots."),
    ("The open-air concert sold [[{th1}]] tickets.",
     "Touts were reselling some of the [[{th2}]] tickets outside the gates."),
    ("The oldest rower in the regatta is [[{age1}]] years old.",
     "At [[{age2}]] years old, the rower still trains every morning."),
    ("The heatwave lasted [[{dy1}]] days.",
     "Reservoirs fell steadily over the [[{dy2}]] days."),
    ("The power cut in {town} lasted [[{hr1}]] hours.",
     "Freezers thawed during the [[{hr2}]] hours without electricity."),
    ("The road through the village will be closed for [[{wk1}]] weeks.",
     "Buses will take a detour for [[{wk2}]] weeks."),
    ("The lighthouse has been automated for [[{yr1}]] years.",
     "No keeper has lived in it for [[{yr2}]] years."),
    ("The plan to pedestrianise the square won [[{vt1}]] votes in the referendum.",
     "Opponents say [[{vt2}]] votes are a narrow base for such a change."),
    ("The new cycle path along the old railway is [[{km1}]] kilometres long.",
     "Lamps will be installed along all [[{km2}]] kilometres."),
    ("Wind gusts reached [[{spd1}]] km/h on the headland.",
     "At [[{spd2}]] km/h, the gusts tore tiles from the church roof."),
    ("The giant cabbage weighed [[{kg1}]] kilograms.",
     "The [[{kg2}]] kilograms of cabbage became soup for the whole village."),
    ("The evacuation of the shopping centre took [[{mn1}]] minutes.",
     "Managers want to cut the [[{mn2}]] minutes by half."),
    ("Forecasters expect [[{tc1}]] degrees in {town} on {day}.",
     "Schools will stay open at [[{tc2}]] degrees, the council says."),
    ("The netball team scored [[{pts1}]] points in the league final.",
     "No side had scored [[{pts2}]] points in a final before."),
    ("The nature reserve covers [[{ha1}]] hectares of marsh.",
     "Wardens patrol the [[{ha2}]] hectares by boat."),
    ("Snowmelt raised the lake by [[{mm1}]] millimetres in a week.",
     "The [[{mm2}]] millimetres lifted dinghies off the shingle."),
    ("The glider climbed to [[{ft1}]] feet above the downs.",
     "At [[{ft2}]] feet the pilot could see the sea."),
    ("The village spring still yields [[{lt1}]] litres a day.",
     "The [[{lt2}]] litres a day are enough for all the allotments."),
    ("The canal from the city to the coast is [[{mi1}]] miles long.",
     "Volunteers have cleared weeds from all [[{mi2}]] miles."),
    ("The recycling centre took in [[{tn1}]] tonnes of glass last year.",
     "The [[{tn2}]] tonnes of glass were crushed and laid as road surface."),
    ("The care home has [[{c1}]] residents.",
     "All [[{c2}]] residents voted by post in the election."),
    ("The lido sold [[{hh1}]] season tickets this summer.",
     "Holders of the [[{hh2}]] season tickets get early swims."),
    ("The canal festival attracted [[{th1}]] visitors.",
     "Traders said the [[{th2}]] visitors spent freely."),
    ("The bin strike lasted [[{dy1}]] days.",
     "Rubbish piled up on the pavements for [[{dy2}]] days."),
    ("The grounded tanker blocked the channel for [[{hr1}]] hours.",
     "Ferries waited at anchor for [[{hr2}]] hours."),
    ("The art exhibition will run for [[{wk1}]] weeks.",
     "The paintings will stay on the walls for [[{wk2}]] weeks."),
    ("The café has served breakfast to fishermen for [[{yr1}]] years.",
     "The menu has not changed in [[{yr2}]] years."),
    ("The pilgrims' route through the hills runs for [[{km1}]] kilometres.",
     "Hostels are spaced out along the [[{km2}]] kilometres."),
    ("Visitors queued for the lift to the castle for [[{mn1}]] minutes.",
     "Some gave up after [[{mn2}]] minutes and took the steps."),
    ("The bell recast for the chapel weighs [[{kg1}]] kilograms.",
     "Ringers will have to get used to [[{kg2}]] kilograms swinging above them."),
    ("The wine cooperative's members farm [[{ha1}]] hectares of vines.",
     "Pickers harvest the [[{ha2}]] hectares by hand."),
    ("The quiz team scored [[{pts1}]] points in the regional final.",
     "The [[{pts2}]] points put them through to the national round."),
    ("The restoration of the opera house cost [[{usd1}]].",
     "Donors covered the [[{usd2}]] in full, the trust says."),
    ("The town paid [[{eur1}]] for its new Christmas lights.",
     "Residents asked whether [[{eur2}]] for lights was money well spent."),
    ("The art deco cinema sold for [[{gbp1}]] at auction.",
     "The buyer, a local family, paid [[{gbp2}]] for the building."),
    ("The storm left [[{hh1}]] homes without power.",
     "Engineers reconnected the last of the [[{hh2}]] homes on {day}."),
    ("The farmers' market has [[{c1}]] stalls every Saturday.",
     "Each of the [[{c2}]] stalls pays a small fee to the council."),
    # restated in other words: other nouns, pronouns, appositions, nominalisations, compounds, units
    ("The storm felled [[{c1}]] trees in the park.",
     "Tree surgeons spent a week clearing the [[{c2}]] fallen oaks and beeches."),
    ("The village has [[{c1}]] listed buildings.",
     "Each of those [[{c2}]] is protected by law."),
    ("The charity shop was given [[{hh1}]] winter coats this year.",
     "That pile of [[{hh2}]] went straight to the night shelter."),
    ("The half marathon attracted [[{th1}]] runners.",
     "A field of [[{th2}]] set off in the rain."),
    ("The mayor was re-elected with [[{vt1}]] votes.",
     "That tally, [[{vt2}]], was the mayor's best yet."),
    ("Unemployment in {town} has fallen to [[{pc1}]].",
     "That means [[{pc2}]] of working-age adults are looking for a job, the jobcentre says."),
    ("The lifeguard who made the rescue is [[{age1}]] years old.",
     "The rescuer, aged [[{age2}]], swam out two hundred metres."),
    ("The island's only shop was closed for [[{dy1}]] days after the storm.",
     "The [[{dy2}]]-day closure left islanders living on tinned food."),
    ("The council meeting on the budget ran for [[{hr1}]] hours.",
     "Councillors voted at the end of a [[{hr2}]]-hour marathon session."),
    ("The refurbishment of the lifeboat station took [[{wk1}]] weeks.",
     "The crew worked from a portable cabin during the [[{wk2}]]-week refit."),
    ("The clock tower had been silent for [[{yr1}]] years.",
     "Its [[{yr2}]]-year silence ended at noon on {day}."),
    ("The coastal ultramarathon covers [[{km1}]] kilometres.",
     "Entrants have thirty hours to finish the [[{km2}]] km."),
    ("The new hospital wing cost [[{usd1}]].",
     "Its price tag, [[{usd2}]], was met by a bequest."),
    ("The vineyard sold at auction for [[{eur1}]].",
     "The sale price, [[{eur2}]], was a record for the valley."),
    ("The painting found in the attic sold for [[{gbp1}]].",
     "The family will share the proceeds of [[{gbp2}]] between three cousins."),
    ("The summit weather station recorded a gust of [[{spd1}]] km/h on {day}.",
     "A gust of [[{spd2}]] kilometres per hour is the strongest it has logged this year."),
    ("The seal rescued from the harbour weighed [[{kg1}]] kilograms.",
     "The seal, a hefty [[{kg2}]] kg, was released back into the sea."),
    ("The demolition of the cooling towers was delayed by [[{mn1}]] minutes.",
     "Spectators waited in the cold through the [[{mn2}]]-minute delay."),
    ("The thermometer outside the post office showed [[{tc1}]] degrees Celsius at noon.",
     "The reading, [[{tc2}]] °C, was the highest of the month."),
    ("The darts champion won the final by [[{pts1}]] points.",
     "The winning margin of [[{pts2}]] was the widest in the tournament's history."),
    ("The wildfire on the moor burnt [[{ha1}]] hectares.",
     "The blaze, covering [[{ha2}]] ha, could be seen from the coast."),
    ("The storm dropped [[{mm1}]] millimetres of rain on the valley.",
     "Gauges at the dam recorded the same [[{mm2}]]mm downpour."),
    ("A litre of petrol in {town} now costs [[{pr1}]].",
     "Drivers are paying [[{pr2}]] per litre, the motoring group says."),
    ("The hot-air balloon rose to [[{ft1}]] feet.",
     "From its peak altitude of [[{ft2}]] the crew could see three counties."),
    ("The fire brigade pumped [[{lt1}]] litres of water out of the flooded church.",
     "The [[{lt2}]] L of floodwater had ruined the organ."),
    ("The new long-distance footpath runs for [[{mi1}]] miles.",
     "Waymarkers have been placed along the whole [[{mi2}]]-mile trail."),
    ("The harbour crane lifted [[{tn1}]] tonnes of timber off the ship.",
     "The cargo, [[{tn2}]] metric tons in all, is bound for a sawmill."),
    ("The school's chess club has [[{c1}]] members.",
     "With a membership of [[{c2}]], it is the largest club in the school."),
    ("The hospital carried out [[{hh1}]] operations during the strike.",
     "Surgeons performed those [[{hh2}]] procedures with half the usual staff."),
    ("The museum's online archive holds [[{th1}]] photographs.",
     "Volunteers scanned every one of the [[{th2}]] images by hand."),
    ("Turnout among young voters rose to [[{pc1}]].",
     "Put another way, [[{pc2}]] of eighteen- to twenty-four-year-olds voted."),
    ("The sheepdog was missing on the fells for [[{dy1}]] days.",
     "After a [[{dy2}]]-day search the dog was found in a quarry."),
    ("Farmers waited [[{wk1}]] weeks for the floodwater to drain.",
     "After [[{wk2}]] weeks' wait, the fields were ploughed."),
    ("The choir's conductor has led it for [[{yr1}]] years.",
     "The conductor's [[{yr2}]]-year tenure ends in {month}."),
    ("The town's new ice rink cost [[{usd1}]] to build.",
     "Builders finished the [[{usd2}]] project on time."),
    ("The petition for a zebra crossing has [[{vt1}]] signatures.",
     "Its [[{vt2}]] signatories include every teacher at the school."),
    ("Entry to the castle now costs [[{pr1}]] for adults.",
     "At [[{pr2}]] a ticket, families say a day out is too dear."),
    ("The ferry spent [[{hr1}]] hours stuck on a sandbank.",
     "The crew kept passengers fed through the [[{hr2}]] hrs on the sand."),
    ("The cyclist rode [[{mi1}]] miles in a day for the hospice.",
     "A distance of [[{mi2}]] mi in one day is a personal best, the cyclist says."),
    ("The museum's gift shop earned [[{gbp1}]] last year.",
     "Its takings of [[{gbp2}]] paid for a new curator."),
    ("The village festival cost [[{eur1}]] to stage.",
     "The budget, [[{eur2}]] in total, came mostly from sponsors."),
    ("The motorway extension is [[{km1}]] kilometres long.",
     "Contractors will resurface the whole [[{km2}]]-kilometre stretch next year."),
    ("The region's libraries lent [[{th1}]] books last year.",
     "That amounts to [[{th2}]] loans, the library service says."),
    ("The cooperative's apple harvest came to [[{tn1}]] tonnes.",
     "Pickers gathered [[{tn2}]] t of fruit before the first frost."),
    ("The oldest lime tree in the park is [[{age1}]] years old.",
     "The lime, aged [[{age2}]], is to be protected by a preservation order."),
    ("Support for the new bridge stands at [[{pc1}]] in the latest survey.",
     "The survey's figure, [[{pc2}]], is up on last year."),
    # rates and per-capita figures
    ("The county has [[{c1}]] dentists for every hundred thousand people.",
     "That is [[{c2}]] per 100,000 residents, far below the national average."),
    ("Water costs households in {town} [[{pr1}]] per person per day.",
     "At [[{pr2}]] per head daily, bills are the highest in the country."),
    ("The share of homes in {town} with solar panels is [[{pc1}]].",
     "Roughly [[{pc2}]] of rooftops now carry panels, the council says."),
    ("The district records [[{c1}]] road accidents per ten thousand residents each year.",
     "A rate of [[{c2}]] for every ten thousand people worries the police."),
]

FIGURE_NEAR_MISSES = [
    # two different dates
    ("The food bank handed out {hh1} parcels in {month} {year} and {hh2} in {month} {prev}.",),
    ("The lifeboat was called out {c1} times in {year} and {c2} times in {prev}.",),
    ("The thermometer at the harbour read {tc1} degrees on {day} and {tc2} degrees on the same day a year earlier.",),
    ("Ticket sales for the pantomime reached {th1} this season, up from {th2} last season.",),
    ("Homes in {town} sold for an average of {gbp1} in {year}, against {gbp2} in {prev}.",),
    ("The house sold for {gbp1} in {year}; the sellers had paid {gbp2} for it a decade earlier.",),
    # before and after
    ("Since the weir was removed the river has held {c1} species of fish; before, it held {c2}.",),
    ("Before the speed cameras, cars passed the school at {spd1} km/h; now they pass at {spd2} km/h.",),
    ("Before the fire the hall seated {hh1}; the rebuilt hall seats {hh2}.",),
    ("The queue at the post office was {mn1} minutes long before the second counter opened and {mn2} minutes after.",),
    ("The ward had {c1} beds before the refurbishment and has {c2} now.",),
    # planned against actual
    ("The new road was expected to cost {usd1}; it cost {usd2}.",),
    ("The marathon organisers planned for {th1} runners, but only {th2} entered.",),
    ("The bridge was designed to carry {tn1} tonnes; it is now limited to {tn2} tonnes.",),
    ("The walk was planned as a {km1}-km route and shortened to {km2} km because of snow.",),
    ("The council budgeted {eur1} for the carnival and spent {eur2}.",),
    ("The festival was meant to run for {dy1} days but ended after {dy2} because of storms.",),
    ("The theatre hoped to sell {hh1} tickets for the opening night and sold {hh2}.",),
    # a part and the whole
    ("The library has {th1} books, {th2} of them for children.",),
    ("The county's {hh1} schools include {hh2} primary schools.",),
    ("Of the {vt1} votes cast, {vt2} went to the winning candidate.",),
    ("The farm's {ha1} hectares include {ha2} hectares of pasture.",),
    ("The ferry carried {th1} passengers last year, {th2} of them in August.",),
    ("The village hall's oil tank holds {lt1} litres; {lt2} litres were left at the end of the winter.",),
    # two groups
    ("A coffee at the station costs {pr1} without a loyalty card and {pr2} with one.",),
    ("The home side scored {pts1} points and the visitors {pts2}.",),
    ("The seniors' swim across the bay took {mn1} minutes and the juniors' swim {mn2}.",),
    ("Farms in the east of the county had {mm1} mm of rain last month and those in the west {mm2} mm.",),
    ("Pensioners in {town} spend {pc1} of their income on heating, and students {pc2}.",),
    ("The lifeboat's paid crew are {age1} on average and its volunteers {age2}.",),
    # gross against net
    ("The charity auction raised {gbp1}; after costs, the hospice will receive {gbp2}.",),
    ("Before tax the lottery win was worth {usd1}; after tax, {usd2}.",),
    ("The freight train weighed {tn1} tonnes loaded and {tn2} tonnes empty.",),
    ("The catch weighed {kg1} kilograms on the quay and {kg2} kilograms once gutted.",),
    ("The concert's ticket sales brought in {eur1}, leaving {eur2} once the band was paid.",),
    # nominal against real
    ("In today's money the old town hall cost {usd1}; the builders were paid {usd2} in 1890.",),
    ("The teachers' pay rise is {pc1} on paper but {pc2} after inflation.",),
    ("Adjusted for inflation, a 1975 cinema ticket would cost {pr1} today; filmgoers then paid {pr2}.",),
    # two units of different things
    ("The expedition walked {km1} kilometres in {dy1} days.",),
    ("The fishing boat landed {kg1} kilograms of crab after {hr1} hours at sea.",),
    ("The estate has {hh1} fruit trees and {ha1} hectares of grazing.",),
    ("The vintage rally covered {mi1} miles with {c1} cars.",),
    ("The plane flew at {ft1} feet for {mn1} minutes.",),
    ("The storm dumped {mm1} mm of rain and left {th1} homes without power.",),
    ("The beach festival used {lt1} litres of water and {tn1} tonnes of sand.",),
    # corrected figures told as such
    ("An earlier version of this story gave the number of stranded drivers as {hh1}; the police say it was {hh2}.",),
    ("Correction: the lottery grant was {eur2}, not {eur1} as we reported.",),
    ("The club first said the new stand would hold {th1} fans; it has since corrected that to {th2}.",),
    ("We wrongly reported the aircraft's cruising height as {ft1} feet; it was {ft2} feet.",),
    ("The rainfall figure of {mm1} mm given on {day} was a typing error; the gauge read {mm2} mm.",),
    ("The hospital has amended its figure for the waiting time from {wk1} weeks to {wk2}.",),
    # fractions, percentages, "a dozen", "a score of" beside totals
    ("Two-thirds of the {hh1} households on the estate have signed the petition.",),
    ("A dozen of the {hh1} boats in the harbour still use sails.",),
    ("A score of the {th1} runners dropped out in the heat.",),
    ("Three-quarters of the {vt1} votes went to the sitting councillor.",),
    ("One in five of the club's {hh1} members is under thirty.",),
    ("The council's {c1} councillors meet once a month, and {pc1} of them are women.",),
    ("Half of the {th1} people living on the island work in tourism.",),
    # other new kinds: highest and lowest, capacity and use, seasons, limits, targets, two careers
    ("The airliner cruised at {ft1} feet, and the rescue helicopter below it at {ft2} feet.",),
    ("The museum's dumbwaiter can carry {kg1} kilograms; the curators never load more than {kg2}.",),
    ("The car park has {hh1} spaces, and on a weekday about {hh2} are taken.",),
    ("The oldest rider on the zip wire this summer was {age1} and the youngest {age2}.",),
    ("Visitors to the island number {th1} a month in summer; in winter the figure falls to {th2}.",),
    ("The speed limit on the bypass is {spd1} km/h for cars and {spd2} km/h for lorries.",),
    ("The target was to recycle {pc1} of waste; the town managed {pc2}.",),
    ("The payday loan's standard rate is {pc1}, and its introductory rate {pc2}.",),
    ("{person} spent {yr1} years at sea and {yr2} years as a harbour pilot.",),
    ("The hill fort sits at {hh1} metres and the village below it at {hh2} metres.",),
    ("The old footbridge took {wk1} weeks to build in 1900 and the new one {wk2} weeks.",),
]


#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
