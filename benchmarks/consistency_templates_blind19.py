"""Blind19: a nineteenth independent held-out set of injected internal-consistency templates.

Used by ``benchmarks/consistency_injection.py --split blind19`` (all templates of
this module, with the context functions of this module).

Written on 2026-11-25 (started 00:17:21 UTC, ``date -u``) by an independent
tester, on branch ``cblind19`` (worktree /work/wt/cblind19) from base commit
45141d55b1b3ae4f32dd987f9f1e30495fd2da5e (``git rev-parse HEAD``), from the
brief's definition of the two kinds only: ``name_inconsistency`` (the same
person introduced by full name and later referred to by a variant of the
surname: a letter changed, doubled or dropped, two letters swapped, or a
transliteration/spelling variant) and ``conflicting_figures`` (one quantity
stated as fact with two different numbers in one article).

New against blind18 (whose header lists its own kinds), by design:

* name variants from languages and variant types blind18 did not use:
  Georgian -shvili/-dze against German -schwili/-dse (Gelashvili/Gelaschwili,
  Chkheidze/Tschcheidse), Estonian õ, Latvian long vowels and ņ (Bērziņš/
  Berzins), Danish ø and aa/å (Søndergaard, Aagaard/Ågård), Norwegian ø,
  Swedish å, Dutch ij/y and a particle written together (Dijkstra/Dykstra, Van
  den Berg/Vandenberg), German ß (Weiß/Weiss), Polish ł, Croatian č, Slovene ž
  and š, Albanian ç (Çela/Chela), Macedonian j/i, Belarusian against Russian
  forms (akanye and h/g: Bahdanovich/Bogdanovich, Karatkevich/Korotkevich),
  Uzbek o' (Yo'ldosheva/Yuldasheva), Tajik h/kh, Mongolian, Kyrgyz j/zh, Tatar
  ğ, Chinese dialect romanisations against pinyin (Hokkien and Teochew: Tan/
  Chen, Ong/Wang, Goh/Wu, Sim/Shen, Koh/Xu), Korean older and revised spellings
  (Rhee/Lee, Yoon/Yun, Choi/Choe), Japanese Kunrei-shiki against Hepburn
  (Tsuchiya/Tutiya, Fujita/Huzita, Shimizu/Simizu) and ou for the long o
  (Satou/Sato), Khmer, Lao, Sinhala (Jayasuriya/Jayasooriya), Sri Lankan Tamil
  (Ponnambalam/Ponnampalam), Malayalam, Punjabi, Gujarati, Konkani, Marathi,
  Odia, Urdu (Chaudhry/Choudhary), Egyptian Arabic g/j (Naguib/Najib), -ein/
  -ayn, Abdel/Abdul written apart or together, Persian -zadeh/-zade, Kurdish
  circumflex, western Armenian -ian, Greek ou/u and k/c (Karamanlis/
  Caramanlis), Maltese ż and x (Żammit/Zammit, Xuereb/Shuereb), Basque tx
  (Etxeberria/Echeverría), Catalan old ch (Bosch/Bosc), Galician x (Xunqueira/
  Junquera), an Italian particle (Di Stefano/Distefano), Welsh (Llywelyn/
  Llewellyn, Rhys/Rees), Scottish Gaelic (NicDhòmhnaill/MacDonald), Breton
  (Kervella/Quervella), Quechua and Aymara Spanish-era against modern
  orthographies (Quispe/Kispe, Huamán/Waman, Condori/Kunturi), Nahuatl,
  Tagalog c/k (Katigbak/Catigbac), Filipino particles (Dela Cruz/De la Cruz),
  Hawaiian ʻokina, Māori macrons, Amharic, Tigrinya, Somali c and x (Cabdi/
  Abdi, Maxamuud/Mohamud), Hausa, Yoruba tone marks (Ọlọ́runfẹ́mi/Olorunfemi),
  Igbo, Akan, Ewe, Wolof Senegalese against Gambian spellings (Ndiaye/Njie),
  Malagasy, plus new people for languages blind18 had (Hungarian gy, Czech ě,
  Slovak/Romani, Russian ks/x).  The later reference is placed in the
  positions the brief names, with new sentences (after a colon, in a
  headline-style clause, in a list of several people, in inverted attribution
  with "said", "admitted" and "reported", in a possessive, after a title
  abbreviation of kinds blind18 did not use -- Rev., Lt., Col., Maj., Supt.,
  Cmdr., Sen. -- inside parentheses, at the start of a quoted sentence's
  attribution), and in positions blind18 did not have: after a dash, in a
  question ("Who taught X to drive?", "..., insists X"), in a photo caption
  ("Pictured: X", "Above: X"), after "According to", in a hyphenated compound
  ("the X-led troop"), in a comparison ("older than X"), after "with ... as"
  ("With X as coach"), and as a vocative inside a quotation ("Thank you, X,").
* name near-misses: different people with look-alike surnames (Reid/Reed,
  Clark/Clarke, Burke/Bourke, Carr/Kerr, Schmidt/Schmitt, Moore/More ...) as
  finalists, landlord and tenant, neighbours in a lawsuit, two surgeons, chair
  and proposer, champion and newcomer, successor and predecessor, pilot and
  co-pilot, prosecution and defence, ticket buyer and seller, allotment
  rivals, two people born the same day, two guests mistaken for each other;
  relatives of new kinds (parent, twin, great-grandparent, sibling-in-law,
  in-law, grandchild, late sibling, second cousin); places (Prestonpans,
  Sutton Coldfield, Ashton-under-Lyne, Melton Mowbray ...); streets and
  buildings (Darwin Crescent, Flemming Road, Stevenson Place, the Turing
  Building ...); companies (Sutcliffes Coaches, Lumbs Carpets ...); products
  (the Hargreave robot mower, the Kendrik espresso machine ...); ships (the
  ferry Macferson, the dredger Fergusson ...); and people with the new title
  abbreviations spelt consistently.
* figures restated in other words: other nouns ("greenhouses" ...
  "glasshouses", "tickets" ... "-strong crowd", "lorries" ... "Its fleet of",
  "days" ... "nights", "votes" ... "backers", "signatures" ... "names",
  "flamingos" ... "The flock, N strong", "spectators" ... "-seat bowl"),
  nominalisations ("cost" ... "the expenditure of", "awarded" ... "The
  settlement of", "scored" ... "Their tally of", "cut ... by" ... "The
  reduction of", "raised ... by" ... "the increase,", "rode" ... "Her ride of",
  "ordered to repay" ... "The refund of", "produces ... a day" ... "The daily
  yield of", "spilled" ... "the spill of", "handled" ... "The shipment of",
  "raised the river by" ... "The rise of"), appositions ("his salary, N,",
  "the price, N,", "The deluge, N,", "That score, N,", "That mountain of
  rubbish, N,"), a rate ("fell to N" ... "The rate of N"), a pronoun ("It was
  built for N"), units written differently ("km/h" ... "kilometres an hour"
  and "kph", "kilometres" ... "km", "kilograms" ... "-kilogram" and "-kg",
  "degrees Celsius" ... "°C" and " °C", "hectares" ... "ha", "millimetres" ...
  "mm", "feet" ... "-foot" and "ft", "litres" ... "l", "tonnes" ... "t",
  "hours" ... "hrs", "weeks" ... "wks", "minutes" ... "mins"), new compounds
  ("-hour party", "-week sacrifice", "-year life", "-year run", "-day fast",
  "-minute wait", "-mile route", "-mile pilgrimage", "-hectare moor", "-seat
  bowl", "-kilogram pig", "-kg case", "-year-old"), an age restated as "at the
  age of N", a price as "fuel at N a gallon", a total as "that N bill".  As in
  blind18, the fixed-number wordings the brief names ("a dozen", "a score
  of", fractions against percentages, per-capita figures) could not be
  marked as sides with the shared figure families (whose values are drawn at
  random and read back with ``value_of``), so they are not used.
* figure near-misses of new kinds: two dates (carol concert audiences,
  castle visitors, an allotment waiting list, a school roll, lifeboat
  launches, season-ticket prices), before/after (speed cameras, a well in a
  drought, a new timetable, an operation, a bank merger), planned against
  actual (cyclists expected, a bridge's cost, repairs, an airline's load
  factor, trees to plant, a match abandoned, a tunnel machine's progress), a
  part and the whole (barley on an estate, club members in a race, strings in
  an orchestra, prisoners on remand, listed buildings in the old town, water
  below an outlet, stone for roads, rainy festival days, postal votes, social
  care in a budget, towpath on a route), two groups (boys and girls, nurses
  and doctors, visitors and residents, adults and juniors, young people and
  over-fifties, two stands, landlords and first-time buyers, term time and
  holidays), gross against net (a shop's takings and what it kept, a concert's
  gross and the charity's share, a harvest before and after costs, a
  syndicate's win after a fee, a ship loaded and empty), nominal against real
  (wages on paper and in real terms, a 1975 house price in today's money, a
  statue's cost then and now), two units of different things (km and hours,
  passengers and cars, tonnes and wagons, loaves and cakes, passengers and
  altitude, rain and gusts, calories and miles), corrected figures told as
  such (a rally crowd, resignations, cancelled operations, an overspend, a
  fire's area, a driver's age, a crime statistic), a claim against an
  estimate, a record against a normal day, a whole river against its
  navigable stretch, hills and coast, a balloon's ceiling and the cloud base,
  an asking price against the highest bid, a demand against an offer, two
  districts' ages, two regions' votes, two distances, two bells, a total
  against a target, slowest and fastest laps.
Fresh: to be scored once on the code at the end of session 22 as the before of session 23's rounds, never used to tune.

What the author read: the brief (``cat``); ``date -u`` and ``git rev-parse
HEAD`` of the new worktree; ``ls`` of the worktree root (file and folder names
only); ``wc -l`` of blind18's template module and of the two test files
below; benchmarks/consistency_templates_blind18.py (whole file: header, people
lists, helpers, context functions and all four template lists -- none of its
sentences, people, places, organisations, titles, roles or name pairs is
reused here), with ``grep -n`` of its section and function line numbers (to
copy its machinery with ``sed``); tests/consistency_template_checks.py and
tests/test_consistency_templates_blind18.py (whole files); ``grep -n -A11
"def load_benchmark" tests/conftest.py``; in benchmarks/consistency_injection.py
only the output of ``grep -n "blind18\\|BLIND18\\|def sets_for\\|choices=\\|^SPLITS"``
(before the wiring) and of ``grep -n "blind19"`` (after it), and ``git diff
--stat`` and ``git status --short`` of the worktree (file names and line
counts only).  Seen by accident: the subject line of the base commit, printed
by ``git worktree add``, which is about README and docs/performance.md ("the
session 21 speed figures name the commit they were measured on (82e6cce);
the later commits were not re-timed"; nothing about names or figures);
blind18's own header (read as allowed), which names blind17's kinds and the
brief's three example pairs; and, in the ``ls`` listing, the folder names
(benchmarks, docs, features, seeds, src, tests) and README.md,
pyproject.toml, LICENSE and MANIFEST.in, none opened.  The ``sed`` wiring of
``blind19`` was checked with ``grep -n`` only; the harness was only
byte-compiled (``python -m py_compile``, its ``__pycache__`` deleted), never
run as a script.
Not read, grepped, imported or run: src/reliability/, features/, docs/,
README.md, benchmarks/results/, the body of benchmarks/consistency_injection.py,
benchmarks/consistency_misses.py, any other tests file, the templates of
blind2 to blind17, any git history; ``reliability.score`` was never called and
the detector was never run on these templates.
tests/test_consistency_templates_blind19.py imports the harness module (as
blind18's test does) to check the ``blind19`` wiring -- the harness's lists
are never printed or inspected, and whatever it imports, or pytest's loading
of tests/conftest.py imports, was never looked at -- and loads blind18's
module to check that nothing is shared with it (the brief's pairs
Mohammed/Muhammad, Young/Yang and Tchaikovsky/Chaikovsky, and every pair
named in blind18, were deliberately not used).  The author ran only the
well-formedness test of this set, which runs no detector, and throwaway
scripts in /tmp counting the lists and printing one rendered sample of every
template.  The first test run (with ``-x``) stopped at the check of sharing with
blind18, on one spelling (Zhang, in a Teochew pair, replaced by the Hokkien
pair Sim/Shen); the second failed only on the harness check, before the
wiring; every other check passed at its first run.
Reading the rendered samples led to rewording before and after the tests:
gendered words given to people of either sex (a first female driver, a
postwoman, a dinner lady, a grandmother, an uncle, a beard) were made
neutral; a repetitive headline ("school cook ... school cook of the year") and
a miscounted list of finalists were rewritten; near-misses no longer open
with a lower-case product or ship name; a company's contract was made to fit
its trade; figure sentences whose random values gave impossible magnitudes (a
ski lift or a hikers' ledge at 38,000 feet, a 140-km railway tunnel crossed in
ten minutes, a 220-mile bypass, a 140-kg rescued dog, a steam engine at 320
km/h, a three-hour fire drill, a runway 200 miles from a village, a
"{yr}th" ordinal that would read "2th" or "twenty-threeth") were reworded, runners in a cycle race became
riders, and "a {pc} rise" became "a rise of {pc}" (a/an).
The copied test's own parts were adapted to this set: the counts (at least
as many per list as blind18), the languages table, the seed of the
exhaustive check (19), the set checked for sharing (blind18 only: the brief
forbids the author to open any other template module), the earlier splits
named in the harness check, and the restatement cues of the wordings used
here.

The helpers for spelling numbers and for the mechanical misspellings
(``_change``, ``_swap``, ``_drop``, ``_double``, ``spell``, ``value_of``,
``_pair``, ``_round_pair``, ``_styled``), ``name_context``,
``name_near_context``, the context-function signatures and ``_figures`` (all
its families) are blind18's, copied unchanged with ``sed``.  All people,
places, organisations, titles, roles, name pairs and sentences are new.
This set has 72 name templates (91 transliteration people from some 60
languages, 54 invented people for the mechanical variants), 98 figure
templates (written as 46 restated in the same words and 52 in other words;
by the test's count of the word after each number, 40 and 58, since six of
the first group restate a sum or a price without a unit word after it; all
26 figure families), 50 name near-misses and 72 figure near-misses -- each
list at least as long as blind18's (70, 92, 50, 70).

Conventions (those of the harness, as in blind3 to blind18): a template is a
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
    ("Evander", "Quartermaine", "m"), ("Perpetua", "Huddlestone", "f"), ("Ptolemy", "Wrigglesworth", "m"),
    ("Griselda", "Ravenscroft", "f"), ("Florian", "Cattermole", "m"), ("Albertine", "Sillitoe", "f"),
    ("Leopold", "Bunyard", "m"), ("Hyacinth", "Mellanby", "f"), ("Aurelian", "Pocklington", "m"),
    ("Drusilla", "Fotheringham", "f"), ("Cuthbert", "Rowbotham", "m"), ("Ermintrude", "Hebblethwaite", "f"),
    ("Benedikt", "Scarisbrick", "m"), ("Ismene", "Gosforth", "f"), ("Cyprian", "Tolhurst", "m"),
    ("Loveday", "Trelawney", "f"), ("Hadrian", "Summerbee", "m"), ("Philippine", "Chadderton", "f"),
    ("Laurence", "Kettleborough", "m"), ("Genevieve", "Brocklehurst", "f"), ("Septimus", "Widdowson", "m"),
    ("Honoria", "Pilkington", "f"), ("Maximilian", "Ormondroyd", "m"), ("Cressida", "Balderstone", "f"),
    ("Erasmus", "Lathbury", "m"), ("Imogen", "Stonehewer", "f"), ("Tarquin", "Meadowcroft", "m"),
    ("Letitia", "Shufflebotham", "f"), ("Ruaridh", "Cairncross", "m"), ("Persephone", "Dunwoody", "f"),
    ("Barnabas", "Tindall", "m"), ("Marcella", "Hetherington", "f"), ("Augustin", "Fennimore", "m"),
    ("Domitilla", "Corbishley", "f"), ("Oswin", "Featherstonehaugh", "m"), ("Elspeth", "Mortimer", "f"),
    ("Ulrich", "Pennington", "m"), ("Zenobia", "Gathercole", "f"), ("Chukwudi", "Anyanwu", "m"),
    ("Adaeze", "Okonjo", "f"), ("Ruairi", "Gallagher", "m"), ("Wilhelmine", "Strickland", "f"),
    ("Feliks", "Wolstencroft", "m"), ("Sidonie", "Bellingham", "f"), ("Rafferty", "Clutterbuck", "m"),
    ("Ottoline", "Higginbottom", "f"), ("Anatole", "Marchbanks", "m"), ("Berenice", "Threlfall", "f"),
    ("Dashiell", "Honeysett", "m"), ("Primrose", "Ashworth", "f"), ("Ludovic", "Scattergood", "m"),
    ("Jessamy", "Penberthy", "f"), ("Cosimo", "Villanova", "m"), ("Fiorella", "Castellano", "f"),
]

# (first name, surname, transliteration/spelling variant, "m"/"f"): one name, two
# romanisations, spellings or written forms, from some 60 languages (see the comments).
TRANSLITERATIONS_PEOPLE = [
    # Georgian (-shvili against German -schwili, -dze against -dse)
    ("Nino", "Gelashvili", "Gelaschwili", "f"), ("Levan", "Chkheidze", "Tschcheidse", "m"),
    # Estonian õ / Latvian long vowels and ņ / Danish ø and aa / Norwegian ø / Swedish å
    ("Kadri", "Õunapuu", "Ounapuu", "f"), ("Edgars", "Bērziņš", "Berzins", "m"), ("Ilze", "Ozoliņa", "Ozolina", "f"),
    ("Mette", "Søndergaard", "Sondergaard", "f"), ("Rasmus", "Aagaard", "Ågård", "m"),
    ("Sigrid", "Bjørnstad", "Bjornstad", "f"), ("Henrik", "Åström", "Astrom", "m"),
    # Dutch ij against y, and the particle written together / German ß
    ("Femke", "Dijkstra", "Dykstra", "f"), ("Joost", "Van den Berg", "Vandenberg", "m"),
    ("Annegret", "Weiß", "Weiss", "f"), ("Reinhold", "Strauß", "Strauss", "m"),
    # Polish ł / Croatian č / Slovene ž and š / Albanian ç / Macedonian j and i
    ("Zbigniew", "Małecki", "Malecki", "m"), ("Ivana", "Čović", "Covic", "f"), ("Matej", "Žnidaršič", "Znidarsic", "m"),
    ("Arben", "Çela", "Chela", "m"), ("Vesna", "Trajkovska", "Traikovska", "f"),
    # Belarusian against Russian forms (akanye, h/g)
    ("Ales", "Bahdanovich", "Bogdanovich", "m"), ("Volha", "Karatkevich", "Korotkevich", "f"),
    # Uzbek o' / Tajik / Mongolian / Kyrgyz / Tatar
    ("Dilnoza", "Yo'ldosheva", "Yuldasheva", "f"), ("Farrukh", "Rahmonov", "Rakhmonov", "m"),
    ("Oyunaa", "Batbayar", "Batbaiar", "f"), ("Almazbek", "Jeenbekov", "Zheenbekov", "m"),
    ("Gulnara", "Ğabdullina", "Gabdullina", "f"),
    # Chinese dialect romanisations (Hokkien and Teochew against pinyin)
    ("Boon-huat", "Tan", "Chen", "m"), ("Siew-ling", "Ong", "Wang", "f"), ("Kah-wai", "Goh", "Wu", "m"),
    ("Bee-lian", "Sim", "Shen", "f"), ("Chee-keong", "Koh", "Xu", "m"),
    # Korean (older and revised spellings)
    ("Min-seo", "Rhee", "Lee", "f"), ("Jae-won", "Yoon", "Yun", "m"), ("Hye-jin", "Choi", "Choe", "f"),
    # Japanese (Hepburn against Kunrei-shiki; ou for the long o)
    ("Akiko", "Tsuchiya", "Tutiya", "f"), ("Hiroshi", "Fujita", "Huzita", "m"), ("Sachiko", "Shimizu", "Simizu", "f"),
    ("Daisuke", "Satou", "Sato", "m"),
    # Khmer / Lao / Sinhala / Sri Lankan Tamil
    ("Sophal", "Chhum", "Chum", "m"), ("Keo", "Phomvihane", "Phomvihan", "f"),
    ("Dilhani", "Jayasuriya", "Jayasooriya", "f"), ("Kumaran", "Ponnambalam", "Ponnampalam", "m"),
    # Malayalam / Punjabi / Gujarati / Konkani / Marathi / Odia / Urdu
    ("Meera", "Nair", "Nayar", "f"), ("Harjit", "Grewal", "Garewal", "m"), ("Hetal", "Mehta", "Maheta", "f"),
    ("Savio", "Desai", "Dessai", "m"), ("Aditya", "Deshpande", "Despande", "m"),
    ("Sasmita", "Mohapatra", "Mahapatra", "f"), ("Tariq", "Chaudhry", "Choudhary", "m"),
    # Egyptian Arabic g against j, -ein against -ayn, and the article written apart
    ("Hoda", "Naguib", "Najib", "f"), ("Karim", "Hussein", "Husayn", "m"), ("Salma", "Abdel Aziz", "Abdulaziz", "f"),
    # Persian -zadeh / Kurdish circumflex / Armenian western -ian
    ("Parisa", "Karimzadeh", "Karimzade", "f"), ("Rebwar", "Barzanî", "Barzani", "m"),
    ("Aram", "Petrosyan", "Petrossian", "m"),
    # Greek ou against u, k against c
    ("Dimitra", "Papadopoulou", "Papadopulu", "f"), ("Kostas", "Karamanlis", "Caramanlis", "m"),
    # Maltese ż and x / Basque tx / Catalan old ch / Galician x
    ("Josianne", "Żammit", "Zammit", "f"), ("Carmelo", "Xuereb", "Shuereb", "m"),
    ("Iñaki", "Etxeberria", "Echeverría", "m"), ("Montserrat", "Bosch", "Bosc", "f"),
    ("Uxía", "Xunqueira", "Junquera", "f"),
    # Italian particle / Welsh / Scottish Gaelic / Breton
    ("Salvatore", "Di Stefano", "Distefano", "m"), ("Angharad", "Llywelyn", "Llewellyn", "f"),
    ("Gruffydd", "Rhys", "Rees", "m"), ("Catriona", "NicDhòmhnaill", "MacDonald", "f"),
    ("Yannick", "Kervella", "Quervella", "m"),
    # Quechua and Aymara (Spanish-era against modern orthography) / Nahuatl
    ("Wilfredo", "Quispe", "Kispe", "m"), ("Rosalía", "Huamán", "Waman", "f"), ("Nilda", "Condori", "Kunturi", "f"),
    ("Citlali", "Xicoténcatl", "Xicohténcatl", "f"),
    # Tagalog (Spanish c against k) / Filipino particle / Hawaiian ʻokina / Māori macrons
    ("Ligaya", "Katigbak", "Catigbac", "f"), ("Ramon", "Dela Cruz", "De la Cruz", "m"),
    ("Keola", "Kamakaʻala", "Kamakaala", "m"), ("Aroha", "Pōmare", "Pomare", "f"), ("Wiremu", "Ngāta", "Ngata", "m"),
    # Amharic / Tigrinya / Somali (c for ʿayn, x for ḥ) / Hausa
    ("Meseret", "Tesfaye", "Tesfay", "f"), ("Yonas", "Gebremariam", "Gebre Mariam", "m"),
    ("Senait", "Haile", "Hayle", "f"), ("Hodan", "Cabdi", "Abdi", "f"), ("Abdirahman", "Maxamuud", "Mohamud", "m"),
    ("Aminu", "Abubakar", "Abubakr", "m"),
    # Yoruba tone marks / Igbo / Akan / Ewe / Wolof (Senegal against Gambia) / Malagasy
    ("Adewale", "Ọlọ́runfẹ́mi", "Olorunfemi", "m"), ("Chiamaka", "Nwachukwu", "Nwachuku", "f"),
    ("Kwesi", "Mensah", "Mensa", "m"), ("Esinam", "Agbeko", "Agbekor", "f"), ("Awa", "Ndiaye", "Njie", "f"),
    ("Hery", "Rakotondrabe", "Rakotondrabé", "m"),
    # Romani / Hungarian gy / Czech ě / Russian new people (ks against x)
    ("Sabina", "Horváthová", "Horvathova", "f"), ("György", "Nagy", "Nadj", "m"), ("Zdeněk", "Pěnička", "Penicka", "m"),
    ("Aleksei", "Aksyonov", "Axionov", "m"),
]
TRANSLITERATIONS = [(surname, variant) for _, surname, variant, _ in TRANSLITERATIONS_PEOPLE]

# Pairs of real, different surnames that look alike (two people, each introduced in full).
LOOKALIKE_SURNAMES = [
    ("Reid", "Reed"), ("Clark", "Clarke"), ("Green", "Greene"), ("Burke", "Bourke"), ("Smyth", "Smith"),
    ("Lyons", "Lyon"), ("Stephens", "Stevens"), ("Jeffries", "Jefferies"), ("Hayes", "Hays"), ("Fraser", "Frazer"),
    ("Schmidt", "Schmitt"), ("Fischer", "Fisher"), ("Carr", "Kerr"), ("Rowe", "Roe"), ("Watt", "Watts"),
    ("Lloyd", "Loyd"), ("Moore", "More"), ("Hawkins", "Hawkings"), ("Barrett", "Barratt"), ("Jenkins", "Jenkin"),
    ("Pearce", "Pierce"),
]
# (surname, place with a similar name)
PLACE_SURNAMES = [
    ("Preston", "Prestonpans"), ("Sutton", "Sutton Coldfield"), ("Ashton", "Ashton-under-Lyne"),
    ("Wickham", "Wickham Market"), ("Barton", "Barton-upon-Humber"), ("Melton", "Melton Mowbray"),
    ("Burnham", "Burnham-on-Crouch"), ("Stratton", "Stratton St Margaret"), ("Compton", "Compton Dando"),
    ("Bolton", "Bolton Abbey"),
]
# (surname, street or building named like a person)
BUILDING_SURNAMES = [
    ("Darwin", "Darwin Crescent"), ("Shackleton", "Shackleton House"), ("Telford", "Telford Way"),
    ("Seacole", "Seacole Court"), ("Turing", "the Turing Building"), ("Fleming", "Flemming Road"),
    ("Stephenson", "Stevenson Place"), ("Nightingale", "the Nightingale Wing"),
]
# (surname, company named like a person)
COMPANY_SURNAMES = [
    ("Sutcliffe", "Sutcliffes Coaches"), ("Ackerley", "Ackerleys Opticians"), ("Bamforth", "Bamforths Printers"),
    ("Haworth", "Haworths Ironmongers"), ("Butterworth", "Butterworths Builders"),
    ("Sidebottom", "Sidebottoms Scaffolding"), ("Lumb", "Lumbs Carpets"), ("Whiteley", "Whiteleys Garage"),
]
# (surname, product named like a person)
PRODUCT_SURNAMES = [
    ("Hargreaves", "the Hargreave robot mower"), ("Lawson", "the Lawsen smart speaker"),
    ("Kendrick", "the Kendrik espresso machine"), ("Pickering", "the Pikering pressure washer"),
    ("Arkwright", "the Arkrite sewing machine"), ("Huntley", "the Huntly electric bike"),
    ("Sheridan", "the Sheriden games console"),
]
# (surname, ship named like a person)
SHIP_SURNAMES = [
    ("Macpherson", "the ferry Macferson"), ("Balfour", "the tanker Balfour Spirit"),
    ("Drummond", "the cable layer Drummond Endeavour"), ("Ferguson", "the dredger Fergusson"),
    ("Sinclair", "the lifeboat Sinclaire"), ("Urquhart", "the fishing boat Urquart Pride"),
]
GIVEN_NAMES = ["Anselm", "Briony", "Cassius", "Dulcie", "Emrys", "Flavia", "Gwilym", "Honora", "Idris",
               "Juno", "Kester", "Lavinia", "Magnus", "Nerys", "Octavia", "Piran", "Quentin", "Rosalie",
               "Sorrel", "Thaddeus", "Una", "Wolfram", "Yestin", "Zinnia"]
PLACES = ["Upper Slaughterford", "Kilbarrack Strand", "Fenny Bridges", "Rhosygwaliau", "Westerby Marsh",
          "Abbotsleigh", "Santa Eulàlia de Riu", "Halberton Cross", "Drumcolliher", "Little Snoring",
          "Port Kennack", "Ravensfold"]
ORGANISATIONS = ["the bell-ringers' guild", "the food bank", "the wildlife rescue centre", "the brass band",
                 "the men's shed", "the community orchard", "the village cricket club", "the heritage railway",
                 "the mountain rescue team", "the youth theatre", "the beekeepers' association",
                 "the tenants' union"]
ROLES = ["the chairperson of", "the honorary secretary of", "a volunteer with", "the president of",
         "the press officer of", "a co-founder of", "the archivist of", "the membership secretary of"]
TITLES_M = ["Rev.", "Lt.", "Col.", "Maj.", "Supt.", "Cmdr.", "Sen."]
TITLES_F = ["Rev.", "Lt.", "Col.", "Maj.", "Supt.", "Cmdr.", "Sen."]
FIGURE_PEOPLE = ["Tabitha Okonedo", "Ragnar Villeneuve", "Marisol Abernathy", "Kofi Lindgren",
                 "Ottavia Brennan-Shaw", "Stellan Mbeki-Jones", "Henrike Doyle", "Fintan Oyelowo",
                 "Ysolde Kaczmarek", "Bertrand Achebe"]


# The context functions: the kit's (session 25; this set carried a verbatim copy of them before).
name_context, name_near_context, figure_context, figure_near_context = contexts(globals(), buildings=True)


# --------------------------------------------------------- name templates

NAME_TEMPLATES = [
    # after a colon
    ("The potter [[{full}]] has made two thousand clay poppies for the war memorial in {town}.",
     "Each poppy is stamped on the back with the same word: [[{var}]]."),
    ("The food bank in {town} has a new manager, the former shop steward [[{full}]].",
     "The volunteers' rota now ends with a single signature: [[{var}]]."),
    ("The quiz team from the Anchor has won the county league, captained by the retired librarian [[{full}]].",
     "Their secret weapon, the landlord says, is simple: [[{var}]]."),
    ("The museum has hired the taxidermist [[{full}]] to repair its stuffed polar bear.",
     "The bear's new label lists one restorer: [[{var}]]."),
    # in a headline-style clause
    ("The lollipop-stick modeller [[{full}]] has built a replica of the cathedral.",
     "Sticks and glue: [[{var}]] unveils a spire of ten thousand pieces."),
    ("The hedge-layer [[{full}]] has won the national championship for the third time.",
     "Hedge hero [[{var}]] keeps the crown."),
    ("The school cook [[{full}]] has won a national award for school dinners.",
     "Gravy triumph for [[{var}]] at awards night."),
    ("The night-bus driver [[{full}]] talked a man down from the railway bridge.",
     "Bus driver [[{var}]] — the hero of the late route."),
    # in a list of several people
    ("The volunteer driver [[{full}]] is among the seven people honoured by the hospital this year.",
     "The list includes two surgeons, a porter, three cleaners and [[{var}]]."),
    ("Five people have been shortlisted for the post of town crier, including the auctioneer [[{full}]].",
     "In {month}, [[{var}]] will compete against a retired sergeant-major, a vicar and two actors."),
    ("The bee inspector [[{full}]] has been invited to the garden party.",
     "Guests this year include a pop singer, a bishop, [[{var}]] and the winner of the village show."),
    ("The theatre's new board has been announced, with the set designer [[{full}]] as its youngest member.",
     "It is made up of a banker, a head teacher, [[{var}]], a lawyer and an actor."),
    # inverted attribution
    ("The harbour pilot [[{full}]] guided a disabled cruise ship through the storm.",
     "\"I have never seen waves like it,\" said [[{var}]]."),
    ("The dry-stone waller [[{full}]] has rebuilt a mile of wall on the fell.",
     "\"The stones tell you where they want to go,\" said [[{var}]], who is {role} {org}."),
    ("The road sweeper [[{full}]] found a wedding ring in the gutter and traced its owner.",
     "\"It took three weeks and a lot of doorbells,\" said [[{var}]]."),
    ("The organist [[{full}]] played for twenty-four hours without a break.",
     "\"The last hour was the hardest,\" admitted [[{var}]]."),
    ("The rat catcher [[{full}]] has been called in to the town hall.",
     "\"They are in the walls and in the archives,\" reported [[{var}]]."),
    # possessive
    ("The thatcher [[{full}]] has re-roofed the oldest cottage in {town}.",
     "Tourists queue to photograph [[{var}]]'s work."),
    ("The street photographer [[{full}]] has published a book of portraits of market traders.",
     "The traders say [[{var}]]'s pictures made them look like film stars."),
    ("The clockmaker [[{full}]] has repaired the church clock after seventy years of silence.",
     "The chimes are [[{var}]]'s gift to the parish."),
    ("The lexicographer [[{full}]] has added four hundred dialect words to the dictionary.",
     "Among [[{var}]]'s finds is a word for the smell of rain on hot stone."),
    # after a title abbreviation
    ("[[{full}]] has been chosen to unveil the new memorial in {town}.",
     "The ceremony will be led by {title} [[{var}]] on {day}."),
    ("[[{full}]] has written a history of the regiment.",
     "Copies signed by {title} [[{var}]] sold out in a morning."),
    ("[[{full}]] has opened the new wing of the veterans' home.",
     "Residents presented {title} [[{var}]] with a cake shaped like a tank."),
    ("[[{full}]] has been invited to address the county show.",
     "Organisers say {title} [[{var}]] will speak after the cattle parade."),
    ("[[{full}]] fell through the ice while skating on the lake on {day}.",
     "Two teenagers pulled {title} [[{var}]] out with a ladder."),
    # inside parentheses
    ("The sound engineer [[{full}]] has recorded every church bell in the county.",
     "The recordings (about four hundred, [[{var}]] reckons) will go to the national archive."),
    ("The herbalist [[{full}]] has been told to stop selling a cough remedy.",
     "The remedy (made by [[{var}]] to a family recipe) contains too much liquorice."),
    ("The ice-cream seller [[{full}]] has been parking on the same corner for forty summers.",
     "The van (painted pink by [[{var}]] in 1985) is a local landmark."),
    ("The wildlife cameraman [[{full}]] filmed an otter family in the middle of {town}.",
     "The footage (shot by [[{var}]] from a bin store) has been watched a million times."),
    # at the start of a quoted sentence's attribution
    ("The lift engineer [[{full}]] freed eleven people trapped in a tower block.",
     "[[{var}]] said later: \"They were singing when I got the doors open.\""),
    ("The orienteer [[{full}]] finished the mountain race with a broken wrist.",
     "[[{var}]] shrugged it off: \"I only needed one hand for the map.\""),
    ("The cake decorator [[{full}]] has made a wedding cake twelve tiers high.",
     "[[{var}]] admitted: \"I had to stand on a stepladder for the last three.\""),
    # after a dash
    ("A busker has raised money for a new roof for the children's hospice: the violinist [[{full}]].",
     "The total was announced on {day} — by [[{var}]], in the middle of a jig."),
    ("The canal boat-builder [[{full}]] launched a narrowboat made entirely of recycled steel.",
     "Its first passenger was a spaniel — [[{var}]]'s own."),
    # in a question
    ("The bus company has hired [[{full}]], at nineteen its youngest driver in sixty years.",
     "Who taught [[{var}]] to drive? A grandparent, on a tractor."),
    ("The garden designer [[{full}]] won gold at the flower show with a garden of weeds.",
     "Was it a joke? Not at all, insists [[{var}]]."),
    # a caption
    ("The stonemason [[{full}]] has carved a gargoyle with the face of the bishop.",
     "Pictured: [[{var}]] at work on the gargoyle's nose."),
    ("The yodeller [[{full}]] has reached the final of a television talent show.",
     "Above: [[{var}]] rehearsing in the village hall."),
    # according to, a compound, a comparison, "as"
    ("The tide-table compiler [[{full}]] warns that the spring tide will flood the promenade.",
     "According to [[{var}]], the sea will reach the bandstand by noon."),
    ("The new scout leader in {town} is [[{full}]].",
     "The [[{var}]]-led troop has already built a raft."),
    ("The marathon runner [[{full}]] is eighty-two years old.",
     "Only one runner in the field was older than [[{var}]]."),
    ("The women's rugby team has a new coach, [[{full}]].",
     "With [[{var}]] as coach, the team has won six games in a row."),
    # vocative inside a quotation
    ("The postal worker [[{full}]] retires on {day} after thirty years on the same round.",
     "One card pushed through {her} own letterbox reads: \"Thank you, [[{var}]], for every parcel.\""),
    # subject or object later in the copy
    ("The bridge inspector [[{full}]] found a crack in the main girder of the river bridge.",
     "Engineers say [[{var}]] may have prevented a collapse."),
    ("The swimming teacher [[{full}]] has taught three generations of one family to swim.",
     "The youngest, aged four, was given a medal by [[{var}]] on {day}."),
    ("The tailor [[{full}]] has made a suit for the town's tallest man.",
     "It took [[{var}]] nine metres of tweed."),
    ("The mushroom forager [[{full}]] has been banned from the royal park.",
     "Rangers caught [[{var}]] with a basket of ceps."),
    ("The signal operator [[{full}]] has worked the last manual signal box on the line.",
     "The railway will give [[{var}]] the old lever frame when the box closes."),
    ("The jazz pianist [[{full}]] has played the hotel lounge every night for twenty years.",
     "Regulars bought [[{var}]] a new piano stool."),
    ("The museum volunteer [[{full}]] spotted that a painting had been hung upside down.",
     "Curators thanked [[{var}]] and turned it the right way up."),
    ("The county archivist [[{full}]] has found a letter from a king in a box of receipts.",
     "The letter will be shown by [[{var}]] at a talk in {month}."),
    ("The tattoo artist [[{full}]] has tattooed the names of all the lifeboat crew on {her} arm.",
     "The crew have made [[{var}]] an honorary member."),
    ("The skipper [[{full}]] has brought the last herring drifter home for good.",
     "The town turned out to cheer [[{var}]] into harbour."),
    ("The keeper of the town's bees, [[{full}]], has moved the hives to the town hall roof.",
     "The honey will be sold by [[{var}]] at the Christmas market."),
    ("The puppeteer [[{full}]] has taken a show about climate change to forty schools.",
     "Teachers say pupils still quote [[{var}]]'s puppet penguin."),
    ("The cyclist [[{full}]] rode from {town} to the coast on a penny-farthing.",
     "Motorists hooted encouragement at [[{var}]] all the way."),
    ("The bus-stop gardener [[{full}]] has been told by the council to remove {her} geraniums.",
     "Passengers have signed a petition in support of [[{var}]]."),
    ("The hospital chaplain [[{full}]] has sat with more than a thousand dying patients.",
     "Nurses nominated [[{var}]] for the award."),
    ("The gravedigger [[{full}]] has dug graves in the same churchyard for half a century.",
     "The vicar describes [[{var}]] as the parish's quietest historian."),
    ("Police have named the dog walker who found the hoard of Roman coins as [[{full}]].",
     "The coroner will decide whether [[{var}]] is entitled to a reward."),
    ("The weather watcher [[{full}]] has recorded the rainfall in {town} every morning since 1970.",
     "The Met Office has sent [[{var}]] a certificate."),
    ("A grant of ten thousand pounds has gone to the inventor [[{full}]] for a better wheelbarrow.",
     "Gardeners have been writing to [[{var}]] to order one."),
    ("The stand-up comic [[{full}]] has been booked to host the charity auction.",
     "Tickets sold out within an hour of [[{var}]]'s name being announced."),
    ("The sheep shearer [[{full}]] sheared eight hundred sheep in nine hours.",
     "Judges confirmed [[{var}]] had broken the record."),
    ("The magistrate [[{full}]] has sat on the bench for the last time.",
     "Lawyers lined the corridor to shake hands with [[{var}]]."),
    ("The conductor [[{full}]] has taken the youth orchestra to play in a refugee camp.",
     "Children in the camp gave [[{var}]] drawings of the violins."),
    ("The caver [[{full}]] has found a new chamber under the moor.",
     "The chamber will be named after [[{var}]], the caving club says."),
    ("The ferry deckhand [[{full}]] jumped into the sea to save a drowning dog.",
     "Its owners have sent [[{var}]] a crate of wine."),
    ("The Paralympic archer [[{full}]] has come home to {town} with two gold medals.",
     "A bus tour took [[{var}]] through streets lined with flags."),
    ("The farrier [[{full}]] has shod the horses of the mounted police for thirty years.",
     "The force is giving [[{var}]] a horseshoe cast in silver."),
    ("The hospital cleaner [[{full}]] has been given an honorary degree.",
     "Students cheered as [[{var}]] crossed the stage."),
]

NAME_NEAR_MISSES = [
    # two different people with look-alike surnames
    ("{a} and {b} are the two finalists in the village's bake-off.",
     "{sb} made a trifle; {sa} a lemon tart."),
    ("The landlord, {a}, has evicted a tenant, {b}.",
     "{sb} says {sa} never mended the boiler."),
    ("{a} has sued {b} over a boundary hedge.",
     "{sa} says the hedge blocks the light; {sb} says it was there first."),
    ("Two surgeons, {a} and {b}, carried out the hospital's first hand transplant.",
     "{sa} joined the bones and {sb} the nerves."),
    ("The debate was chaired by {a}; the motion was proposed by {b}.",
     "{sb} lost the vote, but {sa} praised the speech."),
    ("The chess club's champion, {a}, lost on {day} to a newcomer, {b}.",
     "{sb} had only learned the game a year ago; {sa} offered a rematch."),
    ("{a} has succeeded {b} as the headteacher of the village school.",
     "{sb} retires after twenty years; {sa} comes from a school in the city."),
    ("The pilot, {a}, and the co-pilot, {b}, landed the plane on one engine.",
     "{sa} flew; {sb} talked to the tower."),
    ("{a} and {b} are standing against each other for the presidency of the rowing club.",
     "{sb} wants a new boathouse; {sa} wants a new boat."),
    ("The prosecution is led by {a}; the defence by {b}.",
     "{sa} called nine witnesses; {sb} called none."),
    ("{a} bought the last ticket for the concert from {b} outside the venue.",
     "{sb} had been let down by a friend; {sa} had queued all night and missed out."),
    ("Two allotment holders, {a} and {b}, have fallen out over a pumpkin.",
     "{sa} grew it; {sb} watered it while {sa} was on holiday."),
    # relatives
    ("{a} has taken over the family forge from {r}, a parent.",
     "{fr} {sa} still comes in every morning to check on {fa}'s work."),
    ("{a} and {r}, a twin, have both been selected for the national hockey squad.",
     "{fr} plays in goal; {fa} in attack."),
    ("{r}, a great-grandparent of {a}, built the lighthouse that {fa} now keeps.",
     "{fr} {sa} laid the foundations in 1890."),
    ("{a} has donated a kidney to {r}, a sibling-in-law.",
     "{fr} is recovering well; {fa} went home on {day}."),
    ("{a} and {r}, an in-law, have restored a steam traction engine.",
     "{fr} did the boiler; {fa} the paintwork."),
    ("{r}, the former owner of the shop, has handed the keys to a grandchild, {a}.",
     "{fa} plans to keep the name; {fr} has promised not to interfere."),
    ("{a} is running the London marathon in memory of {r}, a late sibling.",
     "{fr} ran it eleven times; {fa} has never run further than a mile."),
    ("{a} and {r}, a second cousin, met for the first time at a family reunion in {town}.",
     "{fa} had flown in from Canada; {fr} lives two streets away."),
    # places named like people
    ("The bus service to {place} is to be cut to one a day.",
     "{c}, who takes it to work, said {sc} would have to buy a car."),
    ("{c} has been named the best butcher in {place}.",
     "{sc} makes sausages from an old family recipe."),
    ("A sinkhole has opened in the main street of {place}.",
     "{c}, who runs the paper shop, said {sc} heard a rumble at dawn."),
    ("The football team from {place} has reached the cup final.",
     "{c}, its captain, said {sc} could hardly believe it."),
    ("{c} has painted every pub sign in {place}.",
     "{sc} is now working on the signs of the next village."),
    # streets and buildings named like people
    ("The lifts in {building} have been broken for a month.",
     "{g}, who lives on the ninth floor, said {sg} now climbs the stairs twice a day."),
    ("{g} has organised a street party in {building}.",
     "{sg} expects three hundred guests."),
    ("A mural celebrating the nurses of the war has been painted on a wall of {building}.",
     "{g}, the artist, said {sg} used photographs from the archive."),
    ("The council wants to demolish {building}.",
     "{g}, a resident for fifty years, said {sg} would fight the plan in court."),
    # companies named like people
    ("{company} has won a council contract worth a million pounds.",
     "{d}, a councillor, said {sd} had declared an interest and left the room."),
    ("{d} has worked at {company} for forty years.",
     "{sd} says the firm has changed hands twice in that time."),
    ("{company} has gone into administration.",
     "{d}, one of the creditors, said {sd} was owed two thousand pounds."),
    ("Thieves broke into {company} on {day}.",
     "{d}, who lives above the premises, said {sd} heard breaking glass."),
    # products named like people
    ("Retailers have recalled {product} over a fire risk.",
     "{e}, who owns one, said {se} would return it on {day}."),
    ("{e} has designed a rival to {product}.",
     "{se} says the new one will be half the price."),
    ("A consumer magazine has rated {product} a best buy.",
     "{e}, the magazine's tester, said {se} had tried it for three months."),
    ("{e} queued overnight to buy {product} on launch day.",
     "{se} was first through the door."),
    # ships named like people
    ("Off the headland, {ship} has run aground on a sandbank.",
     "{f}, the coastguard, said {sf} expected to refloat it on the next tide."),
    ("{f} has served as cook on {ship} for twenty years.",
     "{sf} retires in {month}."),
    ("After forty years of service, {ship} is to be scrapped.",
     "{f}, a former crew member, said {sf} would be at the quay to wave it off."),
    ("{f} has written a book about {ship}.",
     "{sf} interviewed every surviving member of its first crew."),
    # titled people, spelt consistently
    ("Rev. {sa} has blessed the new lifeboat.",
     "Rev. {sa} said a prayer for the crew."),
    ("Lt. {sb} has been decorated for bravery.",
     "Lt. {sb} carried two wounded soldiers to safety."),
    ("Col. {sa} has taken command of the garrison.",
     "Col. {sa} promised to open the ranges to walkers at weekends."),
    ("Maj. {sb} has led the regimental band for the last time.",
     "Maj. {sb} chose a march written by a drummer in 1915."),
    ("Supt. {sa} has apologised for the police response to the flood.",
     "Supt. {sa} said officers had been sent to the wrong village."),
    ("Cmdr. {sb} has brought the submarine home after six months under the ice.",
     "Cmdr. {sb} said the crew had run out of coffee in week three."),
    ("Sen. {sa} has called for an inquiry into the ferry fares.",
     "Sen. {sa} said islanders were being treated as a cash machine."),
    # two people with look-alike names in one sentence
    ("{a} and {b} were born on the same day in the same hospital.",
     "{sa} and {sb} met again by chance at university."),
    ("Guests at the reunion mistook {a} for {b} all evening.",
     "{sb} is the taller of the two; {sa} wears glasses."),
]

# ------------------------------------------------------- figure templates

FIGURE_TEMPLATES = [
    # restated in the same words
    ("Volunteers counted [[{th1}]] starlings in the roost under the pier.",
     "The [[{th2}]] starlings put on a display at dusk every evening."),
    ("The primary school has [[{c1}]] laptops for its pupils.",
     "Teachers say [[{c2}]] laptops are not enough for a school of that size."),
    ("The storm sank [[{hh1}]] boats in the marina.",
     "Divers have begun raising the [[{hh2}]] boats one by one."),
    ("Council tax in {town} will rise by [[{pc1}]] from {month}.",
     "Residents say a rise of [[{pc2}]] from {month} will hit pensioners hardest."),
    ("The man who swam the channel on {day} is [[{age1}]] years old.",
     "At [[{age2}]] years old he is the oldest to have done it this year."),
    ("The ferry to the island was cancelled for [[{dy1}]] days by the gales.",
     "Islanders went without fresh bread for [[{dy2}]] days."),
    ("The motorway was closed for [[{hr1}]] hours after a lorry shed its load of eggs.",
     "Drivers were stuck for [[{hr2}]] hours in the queue."),
    ("The library was shut for [[{wk1}]] weeks while the asbestos was removed.",
     "Readers went without books for [[{wk2}]] weeks."),
    ("The old swimming baths stood empty for [[{yr1}]] years.",
     "After [[{yr2}]] years the pool has been filled again."),
    ("The proposal to build a skate park received [[{vt1}]] votes in the online poll.",
     "Councillors will consider the [[{vt2}]] votes at their next meeting."),
    ("The new flood barrier protects [[{km1}]] kilometres of the riverbank.",
     "Engineers inspect the [[{km2}]] kilometres every spring."),
    ("The hospital's new scanner cost [[{usd1}]].",
     "Donors raised the [[{usd2}]] in less than a year."),
    ("The village hall needs [[{eur1}]] for a new roof.",
     "The committee hopes to find the [[{eur2}]] by the end of the year."),
    ("The charity shop in {town} made [[{gbp1}]] last year.",
     "Volunteers say the [[{gbp2}]] will pay for two new minibuses."),
    ("The prototype electric car reached [[{spd1}]] km/h on the test track.",
     "Engineers hope to beat [[{spd2}]] km/h next year."),
    ("The lifeboat crew rescued a sea lion weighing [[{kg1}]] kilograms.",
     "Keepers at the sanctuary say [[{kg2}]] kilograms is underweight for its age."),
    ("The delayed train sat outside the station for [[{mn1}]] minutes.",
     "Passengers were given no information during the [[{mn2}]] minutes."),
    ("The thermometer in the greenhouse hit [[{tc1}]] degrees on {day}.",
     "At [[{tc2}]] degrees the tomatoes started to wilt."),
    ("The basketball team scored [[{pts1}]] points in the play-off.",
     "Fans had never seen the team score [[{pts2}]] points in a single game."),
    ("The estate has planted [[{ha1}]] hectares of new woodland.",
     "Red squirrels have already moved into the [[{ha2}]] hectares."),
    ("The gauge on the moor recorded [[{mm1}]] millimetres of rain on {day}.",
     "Flood wardens say [[{mm2}]] millimetres of rain in a day is a record."),
    ("A loaf of bread from the village bakery now costs [[{pr1}]].",
     "Customers grumble about paying [[{pr2}]] for a loaf."),
    ("The skydivers jumped from [[{ft1}]] feet above the airfield.",
     "From [[{ft2}]] feet, they said, the county looked like a map."),
    ("The fire brigade pumped [[{lt1}]] litres of water out of the cellar.",
     "The [[{lt2}]] litres of water had come from a burst main."),
    ("The charity walk covers [[{mi1}]] miles of coast path.",
     "Walkers will raise money for every one of the [[{mi2}]] miles."),
    ("The quarry will extract [[{tn1}]] tonnes of limestone a week.",
     "Lorries will carry the [[{tn2}]] tonnes through the village."),
    ("The cycle hire scheme made [[{th1}]] journeys in its first month.",
     "Most of the [[{th2}]] journeys were shorter than two miles."),
    ("The drama club has [[{c1}]] members.",
     "All [[{c2}]] members will appear in the pantomime."),
    ("The prison has [[{hh1}]] cells.",
     "Inspectors found damp in [[{hh2}]] cells."),
    ("Turnout at the by-election was [[{pc1}]].",
     "Political scientists say turnout of [[{pc2}]] is normal for a by-election."),
    ("The tortoise at the wildlife park is [[{age1}]] years old.",
     "Keepers think being [[{age2}]] years old makes it the oldest animal in the county."),
    ("The fair was in town for [[{dy1}]] days.",
     "Residents near the common had little sleep for [[{dy2}]] days."),
    ("The cavers were trapped underground for [[{hr1}]] hours.",
     "Rescuers kept them warm for [[{hr2}]] hours with foil blankets."),
    ("The dockers were on strike for [[{wk1}]] weeks.",
     "Ships queued off the port for [[{wk2}]] weeks."),
    ("The tapestry took the embroidery group [[{yr1}]] years to finish.",
     "Members stitched every Tuesday for [[{yr2}]] years."),
    ("The mayor was re-elected with [[{vt1}]] votes.",
     "The opposition says [[{vt2}]] votes is a slim majority in a city this size."),
    ("The cycle race around the lake is [[{km1}]] kilometres.",
     "Riders completed the [[{km2}]] kilometres in driving rain."),
    ("The council has been fined [[{eur1}]] for polluting the river.",
     "Anglers say [[{eur2}]] will not bring back the fish."),
    ("The new high-speed train reached [[{spd1}]] km/h on its trial run.",
     "Enthusiasts lined the track to see it pass at [[{spd2}]] km/h."),
    ("The pumpkin that won the show weighed [[{kg1}]] kilograms.",
     "Two judges lifted the [[{kg2}]] kilograms on to the trailer."),
    ("The firework display lasted [[{mn1}]] minutes.",
     "Dogs across {town} howled for [[{mn2}]] minutes."),
    ("The desert race was run in temperatures of [[{tc1}]] degrees.",
     "Several runners collapsed in the [[{tc2}]] degrees."),
    ("The ice hockey team has [[{pts1}]] points this season.",
     "With [[{pts2}]] points the team tops the league."),
    ("The airliner lost cabin pressure at [[{ft1}]] feet.",
     "Oxygen masks dropped at [[{ft2}]] feet, passengers said."),
    ("The heatwave dried out [[{ha1}]] hectares of wetland.",
     "Birds have abandoned the [[{ha2}]] hectares."),
    ("The snowplough cleared [[{mi1}]] miles of road in a night.",
     "The driver covered the [[{mi2}]] miles twice."),
    # restated in other words
    ("The gale smashed [[{c1}]] greenhouses on the allotments.",
     "Glaziers have been asked to quote for the [[{c2}]] glasshouses."),
    ("The festival sold [[{th1}]] tickets for the weekend.",
     "Organisers say the [[{th2}]]-strong crowd was the biggest yet."),
    ("The haulage firm runs [[{hh1}]] lorries.",
     "Its fleet of [[{hh2}]] will switch to electric within ten years."),
    ("Inflation in the country fell to [[{pc1}]] in {month}.",
     "The rate of [[{pc2}]] was lower than economists had expected."),
    ("The oldest worker at the factory is [[{age1}]] years old.",
     "Managers say the [[{age2}]]-year-old has never taken a day off sick."),
    ("The arts festival ran for [[{dy1}]] days.",
     "Neighbours endured [[{dy2}]] nights of drums."),
    ("The wedding celebrations went on for [[{hr1}]] hours.",
     "The band played throughout the [[{hr2}]]-hour party."),
    ("The nurses worked without pay for [[{wk1}]] weeks during the dispute.",
     "Their [[{wk2}]]-week sacrifice has not been forgotten, the minister says."),
    ("The bus shelter on the green has stood for [[{yr1}]] years.",
     "A plaque marks its [[{yr2}]]-year life."),
    ("The independent candidate won [[{vt1}]] votes.",
     "Her [[{vt2}]] backers were mostly first-time voters."),
    ("The new canal is [[{km1}]] kilometres long.",
     "Barges will take two days to travel the [[{km2}]] km waterway."),
    ("The new library cost [[{usd1}]] to build.",
     "Critics say the expenditure of [[{usd2}]] was too high for a town with falling reading rates."),
    ("The chief executive of the water company earns [[{eur1}]] a year.",
     "Campaigners say his salary, [[{eur2}]], should be cut while sewage flows into the rivers."),
    ("The family was awarded [[{gbp1}]] in damages.",
     "The settlement of [[{gbp2}]] will pay for a specially adapted house."),
    ("The storm's winds reached [[{spd1}]] km/h at landfall.",
     "Gusts of [[{spd2}]] kilometres an hour flattened the banana crop."),
    ("The rescued pig weighed [[{kg1}]] kilograms when it arrived at the sanctuary.",
     "Vets put the [[{kg2}]]-kilogram pig on a diet."),
    ("The ambulance took [[{mn1}]] minutes to reach the crash.",
     "Relatives say the [[{mn2}]]-minute wait was too long."),
    ("The water in the hot spring is [[{tc1}]] degrees Celsius.",
     "Bathers soak in the [[{tc2}]]°C pool all year round."),
    ("The rugby team scored [[{pts1}]] points on {day}.",
     "Their tally of [[{pts2}]] is a club record."),
    ("The wildfire has scorched [[{ha1}]] hectares of heath.",
     "The [[{ha2}]] ha affected include a nature reserve."),
    ("The cloudburst dropped [[{mm1}]] millimetres of rain in an hour.",
     "The deluge, [[{mm2}]] mm, overwhelmed the drains."),
    ("A cup of coffee at the new station café costs [[{pr1}]].",
     "Commuters say the price, [[{pr2}]], is daylight robbery."),
    ("The weather balloon launched by the school rose to [[{ft1}]] feet.",
     "The [[{ft2}]]-foot ascent set a school record."),
    ("The leaking tanker spilled [[{lt1}]] litres of diesel into the harbour.",
     "Clean-up crews have recovered most of the spill of [[{lt2}]] l."),
    ("The new cycle route is [[{mi1}]] miles long.",
     "The [[{mi2}]]-mile route will link three villages."),
    ("The dockyard handled [[{tn1}]] tonnes of grain in {month}.",
     "The shipment of [[{tn2}]] t went to famine relief."),
    ("The zoo has [[{c1}]] flamingos.",
     "The flock, [[{c2}]] strong, is moved indoors every winter."),
    ("The new stadium will hold [[{th1}]] spectators.",
     "Its [[{th2}]]-seat bowl has a retractable roof."),
    ("The hospital has cut the waiting list by [[{hh1}]] patients.",
     "The reduction of [[{hh2}]] was achieved with weekend clinics."),
    ("The university has raised its fees by [[{pc1}]].",
     "Students say the increase, [[{pc2}]], will put the poorest off."),
    ("The oldest member of the choir is [[{age1}]].",
     "She still sings soprano at the age of [[{age2}]]."),
    ("The hunger strike lasted [[{dy1}]] days.",
     "Doctors monitored the prisoner throughout the [[{dy2}]]-day fast."),
    ("The tribunal sat for [[{hr1}]] hours before reaching a decision.",
     "After deliberations of [[{hr2}]] hrs, the panel found for the workers."),
    ("The tenants have been without hot water for [[{wk1}]] weeks.",
     "Their ordeal, now [[{wk2}]] wks long, has been raised in parliament."),
    ("The bookshop has been run by the same family for [[{yr1}]] years.",
     "A poetry festival will mark its [[{yr2}]]-year run."),
    ("The petition against the quarry collected [[{vt1}]] signatures.",
     "Campaigners delivered the [[{vt2}]] names to the town hall."),
    ("The cyclist rode [[{km1}]] kilometres in a day for charity.",
     "Her ride of [[{km2}]] km raised enough to buy a defibrillator."),
    ("The restoration of the pier cost [[{usd1}]].",
     "The whole of that [[{usd2}]] bill was paid by the lottery."),
    ("The town's new swimming pool cost [[{eur1}]].",
     "It was built for [[{eur2}]], less than half the price of the last one."),
    ("The landlord was ordered to repay [[{gbp1}]] in rent.",
     "The refund of [[{gbp2}]] went to twenty tenants."),
    ("The speedboat reached [[{spd1}]] km/h on the loch.",
     "A speed of [[{spd2}]] kph is a record for the loch."),
    ("The suitcase full of cash weighed [[{kg1}]] kilograms.",
     "Customs officers needed a trolley to move the [[{kg2}]]-kg case."),
    ("The school's sponsored silence lasted [[{mn1}]] minutes.",
     "Pupils kept quiet for a whole [[{mn2}]] mins."),
    ("The heat in the kitchen reached [[{tc1}]] degrees Celsius during the lunch service.",
     "Chefs say [[{tc2}]] °C is normal in summer."),
    ("The gymnast scored [[{pts1}]] points over the four apparatus.",
     "That score, [[{pts2}]], was her best of the season."),
    ("The estate was sold with [[{ha1}]] hectares of grouse moor.",
     "Buyers of the [[{ha2}]]-hectare moor plan to plant trees."),
    ("Snowmelt raised the river by [[{mm1}]] millimetres overnight.",
     "The rise of [[{mm2}]] mm flooded the towpath."),
    ("The price of a gallon of petrol has reached [[{pr1}]].",
     "Hauliers warn that fuel at [[{pr2}]] a gallon will put them out of business."),
    ("The glider's instruments failed at [[{ft1}]] feet.",
     "The pilot brought it down from [[{ft2}]] ft by sight alone."),
    ("The dairy herd produces [[{lt1}]] litres of milk a day.",
     "The daily yield of [[{lt2}]] goes to a cheese-maker."),
    ("The pilgrims walked [[{mi1}]] miles to the shrine.",
     "The [[{mi2}]]-mile pilgrimage took them through four counties."),
    ("The council collected [[{tn1}]] tonnes of litter from the beaches this summer.",
     "That mountain of rubbish, [[{tn2}]] t, was sorted by hand."),
]

FIGURE_NEAR_MISSES = [
    # two dates
    ("The choir sang to {hh1} people at its carol concert in {year} and to {hh2} in {prev}.",),
    ("Visitors to the castle numbered {th1} in {year}; in {prev} there were {th2}.",),
    ("The allotment waiting list had {c1} names on it in {year}, against {c2} in {prev}.",),
    ("The school's roll was {hh1} in {month} and {hh2} a year earlier.",),
    ("The lifeboat was launched {c1} times in {year} and {c2} times in {prev}.",),
    ("The price of a season ticket was {pr1} in {year} and {pr2} in {prev}.",),
    # before and after
    ("Before the speed cameras went up, drivers averaged {spd1} km/h on the motorway; now they average {spd2} km/h.",),
    ("The well gave {lt1} litres a day before the drought and {lt2} after it.",),
    ("Before the new timetable the journey took {mn1} minutes; it now takes {mn2}.",),
    ("The patient weighed {kg1} kilograms before the operation and {kg2} kilograms a year later.",),
    ("Before the merger the bank had {th1} staff; after it, {th2}.",),
    # planned against actual
    ("The organisers expected {th1} cyclists; {th2} took part.",),
    ("The bridge was meant to cost {usd1} but was finished for {usd2}.",),
    ("The repairs were planned to take {wk1} weeks and were done in {wk2}.",),
    ("The airline forecast {pc1} of seats filled; the figure was {pc2}.",),
    ("The council aimed to plant {th1} trees this winter and managed {th2}.",),
    ("The match was scheduled for {mn1} minutes but was abandoned after {mn2}.",),
    ("The tunnel boring machine was expected to cover {km1} km this year; it has covered {km2} km.",),
    # a part and the whole
    ("The estate has {ha1} hectares, {ha2} of them under barley.",),
    ("Of the {hh1} runners in the fell race, {hh2} were club members.",),
    ("The orchestra has {c1} players, {c2} of them strings.",),
    ("The prison holds {hh1} inmates, {hh2} of them on remand.",),
    ("The city has {th1} listed buildings, {th2} of them in the old town.",),
    ("The water tower holds {lt1} litres, of which {lt2} litres are below the outlet and cannot be used.",),
    ("The quarry produced {tn1} tonnes of stone this year, {tn2} tonnes of it for roads.",),
    ("The festival lasted {dy1} days, {dy2} of them in the rain.",),
    ("Of the {vt1} votes cast, {vt2} were by post.",),
    ("The council's budget is {usd1}, of which {usd2} goes on social care.",),
    ("The route is {mi1} miles long, {mi2} of them on towpath.",),
    # two groups
    ("Boys in the county scored an average of {pts1} points in the test and girls {pts2}.",),
    ("The hospital employs {hh1} nurses and {hh2} doctors.",),
    ("Entry costs {pr1} for visitors and {pr2} for residents.",),
    ("The brass band has {c1} adult members and {c2} juniors.",),
    ("Unemployment is {pc1} among young people and {pc2} among over-fifties.",),
    ("The north stand holds {th1} fans and the south stand {th2}.",),
    ("The average landlord in {town} is {age1}; the average first-time buyer is {age2}.",),
    ("The library is open {hr1} hours a week in term time and {hr2} in the holidays.",),
    # gross against net
    ("The shop took {gbp1} over Christmas; after paying its suppliers it kept {gbp2}.",),
    ("The concert grossed {usd1}, and the charity received {usd2}.",),
    ("The farmer earned {eur1} from the harvest before costs and {eur2} after them.",),
    ("The syndicate won {gbp1}; after the organiser's fee, the members shared {gbp2}.",),
    ("The cargo ship weighs {tn1} tonnes fully loaded and {tn2} tonnes empty.",),
    # nominal against real
    ("Wages rose {pc1} on paper this year, but only {pc2} in real terms.",),
    ("The house cost {gbp1} in today's money; the original price, paid in 1975, was {gbp2}.",),
    ("In today's money the statue cost {eur1}; at the time, the sculptor was paid {eur2}.",),
    # two units of different things
    ("The walkers covered {km1} km in {hr1} hours.",),
    ("The boat carried {hh1} passengers and {c1} cars.",),
    ("The freight train hauled {tn1} tonnes in {c1} wagons.",),
    ("The bakery sells {th1} loaves and {hh1} cakes a week.",),
    ("The airliner carried {hh1} passengers at {ft1} feet.",),
    ("The storm brought {mm1} mm of rain and gusts of {spd1} km/h.",),
    ("The ultra-runner burned {th1} calories over {mi1} miles.",),
    # corrected figures, told as such
    ("An earlier version of this article said {th1} people attended the rally; the police figure was {th2}.",),
    ("The club first said {c1} members had resigned; it later said the number was {c2}.",),
    ("The hospital initially reported {hh1} cancelled operations; the corrected total is {hh2}.",),
    ("The council's report gave the overspend as {usd1}; a revised version puts it at {usd2}.",),
    ("Officials at first said the fire covered {ha1} hectares, then revised that to {ha2}.",),
    ("The driver's age was wrongly given as {age1} in Tuesday's edition; {age2} is correct.",),
    ("The ministry first announced a rise in knife crime of {pc1}; it has since corrected it to {pc2}.",),
    # other new kinds: a claim against an estimate, a record against a typical value, two places
    ("The developer claims the scheme will create {th1} jobs; independent analysts say {th2}.",),
    ("The hottest day on record in {town} reached {tc1} degrees; a normal summer day is {tc2}.",),
    ("The river is {km1} km long, and the stretch open to boats is {km2} km.",),
    ("Rain in the hills reached {mm1} mm, while the coast had {mm2} mm.",),
    ("Weather balloons from the station reach {ft1} feet; the clouds that morning were at {ft2} feet.",),
    ("The owner asked {usd1} for the painting; the highest bid was {usd2}.",),
    ("The union wants a rise of {pc1}; the employers' best offer is {pc2}.",),
    ("Residents of the old town are on average {age1} years old, those of the new estate {age2}.",),
    ("The winner took {vt1} votes in the capital and {vt2} in the rest of the region.",),
    ("The new motorway services are {mi1} miles from London, and the old ones {mi2} miles.",),
    ("The heavier of the two bells weighs {kg1} kilograms and the lighter {kg2}.",),
    ("{person} raised {gbp1} for the hospice; the target had been {gbp2}.",),
    ("The slowest lap took {mn1} minutes and the fastest {mn2}.",),
]

#: read by the harness and the tests as attributes of this module
_KIT_EXPORTS = (value_of,)
